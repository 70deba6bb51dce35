// An inline Pulumi program in Go over the generated SDK (sdk/go), run through the Automation API against the
// native provider plugin: `native_go up|preview|destroy` prints the step's summary as one JSON line.
//
// Settings come from the environment: FRONTEGG_TEST_URL (the emulator), FRONTEGG_TEST_CLIENT_ID,
// FRONTEGG_TEST_SECRET, WORK_DIR (the stack's directory and backend), PULUMI_ROOT (the CLI's install root) and
// PLUGIN_BIN (the directory holding pulumi-resource-frontegg-native).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pulumi-frontegg/pulumi-frontegg/sdk/go/frontegg"
	"github.com/pulumi/pulumi/sdk/v3/go/auto"
	"github.com/pulumi/pulumi/sdk/v3/go/common/workspace"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

func program(ctx *pulumi.Context) error {
	env, err := frontegg.NewProvider(ctx, "env", &frontegg.ProviderArgs{
		ClientId:   pulumi.String(os.Getenv("FRONTEGG_TEST_CLIENT_ID")),
		SecretKey:  pulumi.String(os.Getenv("FRONTEGG_TEST_SECRET")),
		ApiBaseUrl: pulumi.String(os.Getenv("FRONTEGG_TEST_URL")),
	})
	if err != nil {
		return err
	}
	read, err := frontegg.NewPermission(ctx, "read", &frontegg.PermissionArgs{
		Key:  pulumi.String("go.read"),
		Name: pulumi.String("Read, from Go"),
	}, pulumi.Provider(env))
	if err != nil {
		return err
	}
	role, err := frontegg.NewRole(ctx, "role", &frontegg.RoleArgs{
		Key:           pulumi.String("go-role"),
		Name:          pulumi.String("Go role"),
		Level:         pulumi.Int(3),
		PermissionIds: pulumi.StringArray{read.ID().ToStringOutput()},
	}, pulumi.Provider(env))
	if err != nil {
		return err
	}
	ctx.Export("roleId", role.RoleId)
	return nil
}

func main() {
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(step string) error {
	ctx := context.Background()
	work := os.Getenv("WORK_DIR")
	backend := filepath.Join(work, "backend")
	if err := os.MkdirAll(backend, 0o755); err != nil {
		return err
	}
	cmd, err := auto.NewPulumiCommand(&auto.PulumiCommandOptions{Root: os.Getenv("PULUMI_ROOT"), SkipVersionCheck: true})
	if err != nil {
		return err
	}
	path := strings.Join([]string{os.Getenv("PLUGIN_BIN"), filepath.Join(os.Getenv("PULUMI_ROOT"), "bin"), os.Getenv("PATH")}, string(os.PathListSeparator))
	stack, err := auto.UpsertStackInlineSource(ctx, "go", "frontegg-go-test", program,
		auto.WorkDir(work),
		auto.Pulumi(cmd),
		auto.Project(workspace.Project{Name: "frontegg-go-test", Runtime: workspace.NewProjectRuntimeInfo("go", nil), Backend: &workspace.ProjectBackend{URL: "file://" + backend}}),
		auto.EnvVars(map[string]string{
			"PULUMI_CONFIG_PASSPHRASE": "engine-test-passphrase",
			"PULUMI_SKIP_UPDATE_CHECK": "true",
			"PULUMI_BACKEND_URL":       "file://" + backend,
			"PATH":                     path,
		}),
	)
	if err != nil {
		return err
	}
	result := map[string]any{}
	switch step {
	case "up":
		up, err := stack.Up(ctx)
		if err != nil {
			return err
		}
		result["changes"] = up.Summary.ResourceChanges
		result["role_id"] = up.Outputs["roleId"].Value
	case "preview":
		preview, err := stack.Preview(ctx)
		if err != nil {
			return err
		}
		result["changes"] = preview.ChangeSummary
	case "destroy":
		destroy, err := stack.Destroy(ctx)
		if err != nil {
			return err
		}
		result["changes"] = destroy.Summary.ResourceChanges
	default:
		return fmt.Errorf("unknown step %s", step)
	}
	text, err := json.Marshal(result)
	if err != nil {
		return err
	}
	fmt.Println(string(text))
	return nil
}
