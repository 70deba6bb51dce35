/**
 * pulumi-frontegg/native: the same resources served by the native provider plugin `pulumi-resource-frontegg`,
 * with explicit providers (several environments per program), the `import` option and detailed diffs.
 *
 * @packageDocumentation
 */
export { Provider } from "./provider";
export type { ProviderArgs } from "./provider";
export { EmailTemplate, LockoutPolicy, MfaPolicy, NativeResource, nativeResourceClass, Permission, PermissionCategory, Role, SsoConfiguration } from "./resources";
export type { NativeResourceClass } from "./resources";
export type {
  EmailTemplateArgs,
  EmailTemplateOutputs,
  LockoutPolicyArgs,
  LockoutPolicyOutputs,
  MfaPolicyArgs,
  MfaPolicyOutputs,
  PermissionArgs,
  PermissionCategoryArgs,
  PermissionCategoryOutputs,
  PermissionOutputs,
  RoleArgs,
  RoleOutputs,
  SsoConfigurationArgs,
  SsoConfigurationOutputs,
} from "../generated/types";
