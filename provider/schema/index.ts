export * from "./pulumi-schema";
export * from "./docs";
