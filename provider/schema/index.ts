export * from "./pulumi-schema";
export * from "./docs";
export * from "./sdk-types";
