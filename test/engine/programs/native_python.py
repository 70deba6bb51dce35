"""
An inline Pulumi program in Python over the generated SDK (sdk/python), run through the Automation API against
the native provider plugin: `native_python.py up|preview|destroy` prints the step's summary as one JSON line.

Settings come from the environment: FRONTEGG_TEST_URL (the emulator), FRONTEGG_TEST_CLIENT_ID,
FRONTEGG_TEST_SECRET, WORK_DIR (the stack's directory and backend), PULUMI_ROOT (the CLI's install root) and
PLUGIN_BIN (the directory holding pulumi-resource-frontegg-native).
"""
import json
import os
import sys

import pulumi
import pulumi_frontegg_native as frontegg
from pulumi import automation as auto


def program() -> None:
    env = frontegg.Provider(
        "env",
        client_id=os.environ["FRONTEGG_TEST_CLIENT_ID"],
        secret_key=os.environ["FRONTEGG_TEST_SECRET"],
        api_base_url=os.environ["FRONTEGG_TEST_URL"],
    )
    options = pulumi.ResourceOptions(provider=env)
    read = frontegg.Permission("read", key="py.read", name="Read, from Python", opts=options)
    role = frontegg.Role("role", key="py-role", name="Python role", level=2, permission_ids=[read.id], opts=options)
    pulumi.export("role_id", role.role_id)


def main(step: str) -> None:
    work = os.environ["WORK_DIR"]
    backend = os.path.join(work, "backend")
    os.makedirs(backend, exist_ok=True)
    env_vars = {
        "PULUMI_CONFIG_PASSPHRASE": "engine-test-passphrase",
        "PULUMI_SKIP_UPDATE_CHECK": "true",
        "PULUMI_BACKEND_URL": f"file://{backend}",
        "PATH": os.pathsep.join([os.environ["PLUGIN_BIN"], os.path.join(os.environ["PULUMI_ROOT"], "bin"), os.environ["PATH"]]),
    }
    stack = auto.create_or_select_stack(
        stack_name="python",
        project_name="frontegg-python-test",
        program=program,
        opts=auto.LocalWorkspaceOptions(
            work_dir=work,
            env_vars=env_vars,
            pulumi_command=auto.PulumiCommand(root=os.environ["PULUMI_ROOT"], skip_version_check=True),
            project_settings=auto.ProjectSettings(
                name="frontegg-python-test", runtime="python", backend=auto.ProjectBackend(url=f"file://{backend}")
            ),
        ),
    )
    if step == "up":
        result = stack.up()
        print(json.dumps({"changes": result.summary.resource_changes, "role_id": result.outputs["role_id"].value}))
    elif step == "preview":
        print(json.dumps({"changes": stack.preview().change_summary}))
    elif step == "destroy":
        print(json.dumps({"changes": stack.destroy().summary.resource_changes}))
    else:
        raise SystemExit(f"unknown step {step}")


if __name__ == "__main__":
    main(sys.argv[1])
