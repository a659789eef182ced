"""`config show` and `doctor`: the resolved settings, and whether the endpoint really works."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import BaseUrlOpt, KeyEnvOpt, ModelOpt, ProviderOpt, app, friendly, settings_from

# ------------------------------------------------------------------ config and doctor

config_app = typer.Typer(help="Inspect the resolved model settings.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
@friendly
def config_show(
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Print the settings mockloop would use, where each came from, and whether a key is set (never the key).

    Precedence: flag > environment (MOCKLOOP_PROVIDER, MOCKLOOP_MODEL, ...) > config file > preset.

    Example: mockloop config show --provider ollama
    """
    from mockloop.llm.settings import redacted

    shown = redacted(settings_from(provider, model, base_url, api_key_env))
    if as_json:
        import json

        typer.echo(json.dumps(shown, indent=2, default=str))
        return
    from .views import print_settings

    print_settings(shown)


@app.command()
@friendly
def doctor(
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
) -> None:
    """Check the model endpoint for real: key, server, model, a streamed reply, structured output, latency.

    Example: mockloop doctor --provider fireworks --model accounts/fireworks/models/gpt-oss-120b
    """
    from mockloop.llm.doctor import check_endpoint

    from .views import print_checks

    checks = check_endpoint(settings_from(provider, model, base_url, api_key_env))
    print_checks(checks)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)
