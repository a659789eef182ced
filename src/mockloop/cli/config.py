"""`config show` and `doctor`: the resolved settings, and whether the endpoint really works."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import ModelFlags, app, friendly, model_options

# ------------------------------------------------------------------ config and doctor

config_app = typer.Typer(help="Inspect the resolved model settings.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
@friendly
@model_options
def config_show(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    *,
    flags: ModelFlags,
) -> None:
    """Print the settings mockloop would use, where each came from, and whether a key is set (never the key).

    Precedence: flag > environment (MOCKLOOP_PROVIDER, MOCKLOOP_MODEL, ...) > config file > preset.

    Example: mockloop config show --provider ollama
    """
    from mockloop.llm.settings import redacted

    shown = redacted(flags.settings())
    if as_json:
        import json

        typer.echo(json.dumps(shown, indent=2, default=str))
        return
    from .views import print_settings

    print_settings(shown)


@app.command()
@friendly
@model_options
def doctor(*, flags: ModelFlags) -> None:
    """Check the model endpoint for real: key, server, model, a streamed reply, structured output, latency.

    Example: mockloop doctor --provider fireworks --model accounts/fireworks/models/gpt-oss-120b
    """
    from mockloop.llm.doctor import check_endpoint

    from .views import print_checks

    checks = check_endpoint(flags.settings(require_model=False))
    print_checks(checks)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)
