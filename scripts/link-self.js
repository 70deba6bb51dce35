#!/usr/bin/env node
/**
 * Makes `require("pulumi-frontegg")` resolve to this checkout from anywhere inside it, as it does for users who
 * install the package: the example programs and the dynamic provider plugin (which loads
 * `pulumi-frontegg/provider` from the program's directory) then run the code of this working tree, with the
 * single copy of @pulumi/pulumi in the root node_modules. Idempotent.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const repo = path.resolve(__dirname, "..");
const link = path.join(repo, "node_modules", "pulumi-frontegg");

function main() {
  fs.mkdirSync(path.dirname(link), { recursive: true });
  try {
    const target = fs.readlinkSync(link);
    if (path.resolve(path.dirname(link), target) === repo) return;
    fs.unlinkSync(link);
  } catch (error) {
    if (error.code !== "ENOENT") {
      if (error.code === "EINVAL") throw new Error(`${link} exists and is not a link: remove it`);
      throw error;
    }
  }
  fs.symlinkSync("..", link, "dir");
}

main();
