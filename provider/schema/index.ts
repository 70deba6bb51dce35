export * from "./pulumi-schema";
export * from "./docs";
export * from "./sdk-types";
export * from "./functions-schema";
export * from "./sdk-functions";
export * from "./examples";
export * from "./installation";
