/**
 * This machine's platform as Pulumi names platforms in plugin archives (`<os>-<arch>`: linux-amd64, darwin-arm64,
 * windows-amd64, ...), for the scripts that build archives and the tests that pick this machine's one.
 */
"use strict";

function hostPlatform() {
  const osName = { linux: "linux", darwin: "darwin", win32: "windows" }[process.platform];
  const arch = { x64: "amd64", arm64: "arm64" }[process.arch];
  return `${osName}-${arch}`;
}

module.exports = { hostPlatform };
