"""The maitre command line. stdout carries only what the user asked for; progress and errors go to stderr."""

from __future__ import annotations

import functools
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from agent import demo as demo_job
from agent import locations
from agent.settings import Settings, load
from agent.triggers.inbox import Inbox, inbox_path
from tools import approvals, functions, importer
from tools.context import ToolContext
from tools.errors import InvalidInput, MaitreError
from tools.importer import ImportFailed
from tools.results import FieldChange, GuestSummary
from tools.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from agent.loop import Agent

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])

store_option = click.option(
    "--store",
    "store_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The guest store (SQLite). Default: MAITRE_STORE or the user data directory.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print the tool's output model as JSON.")


def reports_errors(fn: F) -> F:
    """Turn a MaitreError into one sentence on stderr and its exit code; never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ImportFailed as exc:
            err.print(f"[red]error:[/] {escape(exc.message)}")
            for problem in exc.problems[:50]:
                err.print(f"  {escape(problem)}")
            if len(exc.problems) > 50:
                err.print(f"  … and {len(exc.problems) - 50} more")
            sys.exit(exc.exit_code)
        except MaitreError as exc:
            err.print(f"[red]error:[/] {escape(exc.message)}")
            sys.exit(exc.exit_code)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "input"
            message = str(first["msg"]).removeprefix("Value error, ").rstrip(".")
            err.print(f"[red]error:[/] {escape(where)}: {escape(message)}.")
            sys.exit(InvalidInput.exit_code)

    return wrapper  # type: ignore[return-value]


def _context(store_path: Path | None, *, actor: str | None = None) -> tuple[ToolContext, Settings]:
    settings = load(store=store_path)
    store = SQLiteStore(settings.store)
    ctx = ToolContext(
        store=store,
        actor=actor or f"manager:{settings.manager}",
        thresholds=settings.thresholds,
        phone_region=settings.phone_region,
        approval_ttl=timedelta(minutes=settings.approval_ttl_minutes),
    )
    return ctx, settings


def _emit(model: BaseModel) -> None:
    out.print_json(model.model_dump_json(), highlight=False)


@click.group(invoke_without_command=True)
@click.version_option(package_name="maitre")
@store_option
@click.pass_context
def main(click_ctx: click.Context, store_path: Path | None) -> None:
    """maitre keeps restaurant guest profiles true. Without a command it opens the manager's app."""
    if click_ctx.invoked_subcommand is None:
        click_ctx.invoke(chat, store_path=store_path)


@main.command()
@store_option
@reports_errors
def chat(store_path: Path | None) -> None:
    """Open the manager's app: chat, the guest in focus, tonight, duplicates, journal, approvals."""
    from agent.tui.app import MaitreApp  # noqa: PLC0415 - the UI loads only here

    ctx, settings = _context(store_path)
    factory = (lambda: _agent(ctx, settings)) if settings.model_configured else None
    MaitreApp(ctx, agent_factory=factory, store_name=settings.store.name).run()


# -- demo -------------------------------------------------------------------------------------------


@main.command()
@store_option
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Service date (default today).")
@click.option(
    "--out",
    "sheet_out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the briefing sheet (HTML).",
)
@reports_errors
def demo(store_path: Path | None, day: Any, sheet_out: Path | None) -> None:
    """Seed a sample venue group if the store is empty, replay a Friday service, write tonight's notes."""
    started = time.perf_counter()
    service_day: date = day.date() if day else date.today()
    ctx, settings = _context(store_path, actor="agent:demo")
    sheet_path = sheet_out or locations.briefings_dir() / f"briefing-{service_day.isoformat()}-dinner.html"
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def progress(label: str, done: int, total: int) -> None:
            if label not in tasks:
                tasks[label] = bar.add_task(label, total=total)
            bar.update(tasks[label], completed=done)

        report = demo_job.run(
            ctx,
            day=service_day,
            sheet_path=sheet_path,
            stream=sheet_path.parent / f"service-{service_day}.jsonl",
            inbox=Inbox(inbox_path(settings.store)),
            manager=f"manager:{settings.manager}",
            progress=progress,
        )
    _print_demo(report, settings, time.perf_counter() - started)


def _print_demo(report: demo_job.DemoReport, settings: Settings, seconds: float) -> None:
    day = report.day
    out.print(f"[bold]maitre demo[/] · {day:%A} {day.day} {day:%B %Y} · store {settings.store}")
    if report.seeded_guests:
        out.print(
            f"Seeded {report.seeded_guests:,} guests (with {report.seeded_duplicates} duplicate profiles hidden "
            f"among them, as restaurants have) and {report.new_reservations} reservations for tonight."
        )
    elif report.new_reservations:
        out.print(f"Added {report.new_reservations} reservations for tonight to the existing store.")
    else:
        out.print("Store already seeded and tonight already booked: replaying again shows idempotency.")

    out.print(
        f"\n[bold]Merged before service[/] ({len(report.merges)}; {report.left_for_review} weaker pairs left for review)"
    )
    for merge in report.merges[:8]:
        evidence = ", ".join(report.merge_evidence.get(merge.canonical_id, []))
        out.print(f"  {merge.canonical_id} ← {', '.join(merge.merged_ids)}  [dim]{escape(evidence)}[/]")
    if len(report.merges) > 8:
        out.print(f"  … and {len(report.merges) - 8} more (maitre log shows each)")

    kinds = Counter(o.kind for o in report.outcomes)
    repeats = sum(o.already_applied for o in report.outcomes)
    out.print(
        f"\n[bold]Replayed {report.events} events[/] through the inbox: {kinds['check']} checks, "
        f"{kinds['survey']} survey answers, {kinds['reservation']} booking changes applied; "
        f"{report.duplicates + repeats} re-deliveries applied nothing (each event counts once)."
    )
    added = Counter(t.split(":", 1)[0] for o in report.outcomes for t in o.tags_added)
    alerts = sum(o.kitchen_alert for o in report.outcomes)
    unattributed = sum(1 for o in report.outcomes if o.kind == "check" and o.guest_id is None)
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    table.add_row("Allergies added", f"{added['Allergies']}  → kitchen alerts: {alerts}")
    table.add_row("Dietary / seating / occasion", f"{added['Dietary']} / {added['Seating']} / {added['Occasion']}")
    table.add_row("Spend tier / loyalty changes", f"{added['Spend Tier'] + added['Loyalty']}")
    table.add_row("Opt-outs recorded", str(sum(o.opt_out for o in report.outcomes)))
    table.add_row("Complaints for follow-up", str(sum(o.complaint for o in report.outcomes)))
    surveys = Counter((o.survey or "").split(":")[0] for o in report.outcomes if o.survey)
    table.add_row("Post-visit surveys", f"{surveys['queued']} queued, {surveys['not sent']} not sent (opted out)")
    table.add_row("Checks not attributed", f"{unattributed} (walk-ins with no contact on the check)")
    out.print("[bold]Enriched[/]")
    out.print(table)

    out.print(f"\n[bold]Refused by guards[/] ({sum(report.refusals.values())})")
    examples: dict[str, str] = {}
    for outcome in report.outcomes:
        for refusal in outcome.refused:
            examples.setdefault(refusal.guard, f"{refusal.target}: {refusal.message}")
    for guard, count in report.refusals.most_common():
        out.print(f"  {guard:<16} {count:>3}  [dim]e.g. {escape(examples[guard])}[/]")
    ignored = [o for o in report.outcomes if o.kind == "reservation" and o.summary.startswith("note unchanged")]
    if ignored:
        out.print(f"  {'(not a guard)':<16} {len(ignored):>3}  [dim]staff edits that don't change the note, ignored[/]")

    cut = ", ".join(f"{n} {kind}" for kind, n in report.notes_cut.most_common()) or "nothing"
    out.print(
        f"\n[bold]Pre-visit notes[/]: {report.notes_written} written, {report.notes_unchanged} already current; "
        f"cut to budget: {cut}."
    )
    out.print(f"[bold]Briefing sheet[/]: {report.sheet_path}")
    out.print(
        f"\nDone in {seconds:.1f} s. Next: [cyan]maitre log[/] · [cyan]maitre lookup Whitfield[/] · "
        "[cyan]maitre undo CHANGE_ID[/]"
    )


@main.command()
@click.option("--http", "use_http", is_flag=True, help="Serve streamable HTTP at /mcp instead of stdio.")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="HTTP bind address (loopback unless a token is set)."
)
@click.option("--port", default=8765, show_default=True, type=int)
@store_option
@reports_errors
def mcp(use_http: bool, host: str, port: int, store_path: Path | None) -> None:
    """Serve maitre's tools to MCP clients over stdio (default) or streamable HTTP."""
    # Imported here so the other commands start without loading the MCP SDK.
    import anyio  # noqa: PLC0415
    import uvicorn  # noqa: PLC0415

    from agent import mcp_server  # noqa: PLC0415

    settings = load(store=store_path)
    server = mcp_server.build_server(SQLiteStore(settings.store), settings)
    if not use_http:
        anyio.run(server.run_stdio_async)
        return
    token = settings.mcp_token.get_secret_value() if settings.mcp_token else None
    app = mcp_server.http_app(server, host=host, port=port, token=token)
    err.print(f"maitre MCP on http://{host}:{port}/mcp" + (" (bearer token required)" if token else ""))
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.argument("question")
@store_option
@reports_errors
def ask(question: str, store_path: Path | None) -> None:
    """Ask the model one question about the guests; it answers with the tools, within the guards."""
    import anyio  # noqa: PLC0415 - the model stack loads only for the commands that use it

    from agent import events  # noqa: PLC0415
    from agent.runs import RunRecord  # noqa: PLC0415

    ctx, settings = _context(store_path)
    agent = _agent(ctx, settings)

    midline = False  # the answer streams to stdout; tool lines go to stderr, each on its own line

    def show(event: events.Event) -> None:
        nonlocal midline
        if midline and not isinstance(event, events.TextDelta | events.Usage):
            out.print()
            midline = False
        match event:
            case events.TextDelta(text=text):
                out.print(text, end="", markup=False, highlight=False)
                midline = True
            case events.ToolCall(name=name, arguments=arguments):
                shown = ", ".join(f"{k}={_short(v, 40)}" for k, v in arguments.items())
                err.print(f"[dim]→ {escape(name)}({escape(shown)})[/]")
            case events.ToolResult(ok=False, summary=summary):
                err.print(f"[yellow]  ✗ {escape(summary)}[/]")
            case events.GuardRefused(message=message):
                err.print(f"[red]  refused by a guard:[/] {escape(message)}")
            case events.ApprovalNeeded(tool=tool, command=command, plan=plan):
                err.print(f"[bold yellow]  {tool} needs a manager's approval:[/] {command}")
                for change in plan[:12]:
                    err.print(
                        f"    {change.get('entity_id', '')} {change.get('field', '')}: "
                        f"{_short(change.get('before'))} → {_short(change.get('after'))}"
                    )
            case events.Failed(message=message):
                err.print(f"[red]error:[/] {escape(message)}")

    async def run() -> RunRecord:
        async with agent.client:
            return await agent.run(question, show)

    record = anyio.run(run)
    if midline:
        out.print()
    usage = record.usage
    err.print(
        f"[dim]{record.id} · {record.status} · {record.steps} step(s) · {usage.input_tokens:,} in, "
        f"{usage.output_tokens:,} out, {usage.cache_read_tokens:,} cache read · ≈ ${record.estimated_cost_usd:.4f}"
        + (f" · {len(record.change_ids)} change(s): maitre runs show {record.id}" if record.change_ids else "")
        + "[/]"
    )
    if record.status != "done":
        sys.exit(1)


def _agent(ctx: ToolContext, settings: Settings) -> Agent:
    """The agent for ``ask`` and the chat; raises the one-sentence fix when no model is configured."""
    from agent import model  # noqa: PLC0415 - the model stack loads only for the commands that use it
    from agent.loop import Agent, Limits, system_prompt  # noqa: PLC0415
    from agent.runs import RunStore  # noqa: PLC0415

    return Agent(
        client=model.client(settings),
        context=ctx,
        model=settings.model,
        runs=RunStore(settings.runs_dir),
        system=system_prompt(
            manager=settings.manager,
            venues=", ".join(settings.venues.values()) or "one venue group",
            today=date.today(),
        ),
        limits=Limits(settings.max_steps, settings.max_tokens, settings.token_budget, settings.wall_seconds),
    )


@main.group(invoke_without_command=True)
@click.option("--limit", default=20, show_default=True)
@click.pass_context
@reports_errors
def runs(click_ctx: click.Context, limit: int) -> None:
    """List recent agent runs; maitre runs show ID shows one."""
    from agent.runs import RunStore  # noqa: PLC0415

    if click_ctx.invoked_subcommand is not None:
        return
    records = RunStore(load().runs_dir).list(limit)
    for r in records:
        out.print(
            f"{r.id}  {r.status:<7} {r.steps:>2} steps  ≈ ${r.estimated_cost_usd:.4f}  {len(r.change_ids)} changes  "
            f"{escape(_short(r.question, 60))}"
        )
    if not records:
        out.print('No runs yet: maitre ask "..." starts one.')


@runs.command(name="show")
@click.argument("run_id")
@reports_errors
def runs_show(run_id: str) -> None:
    """Show one run: the question, each tool call, the answer, usage and the changes it made."""
    from agent.runs import RunStore  # noqa: PLC0415

    r = RunStore(load().runs_dir).get(run_id)
    out.print(f"[bold]{r.id}[/] · {r.status} · {r.model} · started {r.started:%Y-%m-%d %H:%M:%S} · {r.steps} step(s)")
    out.print(f"[bold]Question:[/] {escape(r.question)}")
    for call in r.tool_calls:
        mark = "✓" if call.ok else "✗"
        args = ", ".join(f"{k}={_short(v, 40)}" for k, v in call.arguments.items())
        out.print(f"  {mark} {call.name}({escape(args)})")
        if not call.ok:
            out.print(f"      [dim]{escape(_short(call.result, 160))}[/]")
    if r.answer:
        out.print(f"[bold]Answer:[/] {escape(r.answer)}")
    if r.error:
        out.print(f"[bold red]Stopped:[/] {escape(r.error)}")
    u = r.usage
    out.print(
        f"Usage: {u.input_tokens:,} in, {u.output_tokens:,} out, {u.cache_read_tokens:,} cache read, "
        f"{u.cache_creation_tokens:,} cache write · ≈ ${r.estimated_cost_usd:.4f}"
    )
    if r.change_ids:
        out.print(f"Changes: {', '.join(map(str, r.change_ids))} · undo them all with maitre undo --run {r.actor}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--mcp", "with_mcp", is_flag=True, help="Also serve MCP over HTTP at /mcp on the same port.")
@click.option("--brief-at", default=None, metavar="HH:MM", help="Write tonight's notes and sheet daily at this time.")
@store_option
@reports_errors
def serve(host: str, port: int, with_mcp: bool, brief_at: str | None, store_path: Path | None) -> None:
    """Receive webhooks (Toast, Square, Klaviyo, surveys, SevenRooms) into a durable inbox and apply them."""
    import logging  # noqa: PLC0415
    from datetime import time as clock_time  # noqa: PLC0415

    import uvicorn  # noqa: PLC0415

    from agent.triggers.inbox import Inbox, inbox_path  # noqa: PLC0415
    from agent.triggers.service import build_app  # noqa: PLC0415

    settings = load(store=store_path)
    at = None
    if brief_at:
        try:
            at = clock_time.fromisoformat(brief_at)
        except ValueError:
            raise InvalidInput(f"--brief-at {brief_at!r} is not a time of the form HH:MM.") from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("mcp").setLevel(logging.WARNING)
    inbox = Inbox(inbox_path(settings.store))
    app = build_app(settings, inbox, mcp=with_mcp, host=host, port=port, brief_at=at)
    err.print(
        f"maitre serving webhooks on http://{host}:{port}/webhooks/<source>" + (" and MCP at /mcp" if with_mcp else "")
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Service date (default today).")
@click.option("--service", type=click.Choice(["lunch", "dinner"]), default="dinner", show_default=True)
@click.option("--dry-run", is_flag=True, help="Compose the notes without writing them (and no sheet).")
@click.option("--out", "sheet_out", type=click.Path(dir_okay=False, path_type=Path), default=None)
@store_option
@reports_errors
def brief(day: Any, service: str, dry_run: bool, sheet_out: Path | None, store_path: Path | None) -> None:
    """Write a pre-visit note for every reservation of a service, and the host stand's briefing sheet."""
    from agent.triggers import brief as briefing  # noqa: PLC0415

    ctx, settings = _context(store_path)
    service_day: date = day.date() if day else date.today()
    out_path = None if dry_run else (sheet_out or locations.briefings_dir() / f"briefing-{service_day}-{service}.html")
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as bar:
        task = bar.add_task(f"{service} {service_day}: notes", total=None)
        report, written = briefing.run(
            ctx,
            settings,
            day=service_day,
            service=service,
            out=out_path,
            dry_run=dry_run,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    verb = "would write" if dry_run else "wrote"
    out.print(f"{service.title()} {service_day}: {verb} {report.written} note(s), {report.unchanged} already current.")
    if report.cut:
        out.print(f"Cut to budget: {len(report.cut)} rule(s) applied.")
    for failure in report.failed:
        out.print(f"[yellow]not written:[/] {escape(failure)}")
    if written:
        out.print(f"Briefing sheet: {written}")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@store_option
@reports_errors
def replay(file: Path, store_path: Path | None) -> None:
    """Feed a recorded event stream (JSONL of maitre events) through the inbox and the worker."""
    from agent.triggers import replay as replaying  # noqa: PLC0415

    ctx, settings = _context(store_path)
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as bar:
        task = bar.add_task("replaying", total=None)
        summary = replaying.replay_file(
            ctx, settings, file, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
    out.print(
        f"Replayed {summary.accepted} event(s) ({summary.duplicates} already in the inbox): {summary.applied} applied, "
        f"{summary.failed} failed, {summary.dead} dead-lettered."
    )


@main.group(invoke_without_command=True)
@click.option("--status", type=click.Choice(["pending", "done", "dead"]), default=None)
@click.option("--limit", default=30, show_default=True)
@store_option
@click.pass_context
@reports_errors
def inbox(click_ctx: click.Context, status: str | None, limit: int, store_path: Path | None) -> None:
    """The webhook inbox: list it; inbox show ID; inbox retry ID."""
    if click_ctx.invoked_subcommand is not None:
        return
    box = Inbox(inbox_path(load(store=store_path).store))
    counts = box.counts()
    out.print(" · ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "The inbox is empty.")
    for item in box.items(status=status, limit=limit):
        detail = item.last_error if item.status != "done" else item.outcome
        out.print(f"{item.id:>6}  {item.status:<7} {item.source:<10} {item.kind:<14} {escape(_short(detail, 70))}")


@inbox.command(name="show")
@click.argument("item_id", type=int)
@store_option
@reports_errors
def inbox_show(item_id: int, store_path: Path | None) -> None:
    """One inbox item: its source, status, attempts, error or outcome."""
    item = Inbox(inbox_path(load(store=store_path).store)).get(item_id)
    out.print(f"[bold]{item.id}[/] {item.source} {item.kind} event {escape(item.event_id)}")
    out.print(f"received {item.received_at[:19]} · {item.status} after {item.attempts} attempt(s)")
    if item.last_error:
        out.print(f"[red]last error:[/] {escape(item.last_error)}")
    if item.outcome:
        out.print(f"outcome: {escape(item.outcome)}")


@inbox.command(name="retry")
@click.argument("item_id", type=int)
@store_option
@reports_errors
def inbox_retry(item_id: int, store_path: Path | None) -> None:
    """Put a failed or dead-lettered item back in the queue."""
    Inbox(inbox_path(load(store=store_path).store)).retry(item_id)
    out.print(f"Inbox item {item_id} is pending again; maitre serve applies it.")


# -- lookups and reads ------------------------------------------------------------------------------


@main.command()
@click.argument("query")
@click.option("--limit", default=10, show_default=True, help="Matches per page.")
@click.option("--cursor", default=None, help="Continue from a previous page.")
@store_option
@json_option
@reports_errors
def lookup(query: str, limit: int, cursor: str | None, store_path: Path | None, as_json: bool) -> None:
    """Find guests by email, phone, id or name."""
    ctx, _ = _context(store_path)
    result = functions.lookup_guest(ctx, query, limit=limit, cursor=cursor)
    if as_json:
        _emit(result)
        return
    for guest in result.matches:
        _print_guest(guest)
    out.print(f"[dim]{escape(result.hint)}[/]")
    if not result.matches:
        sys.exit(3)


def _print_guest(g: GuestSummary) -> None:
    out.print(f"[bold]{escape(g.name)}[/]  {g.id}  [dim](matched by {g.matched_by}, version {g.version})[/]")
    out.print(f"  {escape(g.email or '-')} · {escape(g.phone or '-')}")
    for allergy in g.allergies:
        severity = (allergy.severity or "unspecified").upper()
        who = " (someone in the party)" if allergy.subject == "party" else ""
        style = "bold red" if allergy.severity == "severe" else "red"
        out.print(f"  [{style}]ALLERGY {escape(allergy.tag.split(':', 1)[1])} · {severity}{who}[/]")
    other = [t for t in g.tags if not t.startswith("Allergies:")]
    if other:
        out.print(f"  tags: {escape(', '.join(other))}")
    consent = "opted in" if g.marketing_opt_in else "OPTED OUT of marketing"
    if g.opted_out_venues:
        consent += f" (opted out at {', '.join(g.opted_out_venues)})"
    last = f", last {g.last_visit}" if g.last_visit else ""
    out.print(f"  {g.total_visits} visits, {g.total_spend:,.2f} spend{last} · {consent}")
    if g.birthday or g.anniversary:
        out.print(f"  birthday {g.birthday or '-'} · anniversary {g.anniversary or '-'}")
    if g.notes:
        out.print(f"  notes: {escape(g.notes.replace(chr(10), ' | '))}")
    for dup in g.pending_duplicates:
        out.print(
            f"  [yellow]possible duplicate[/] {dup.id} {escape(dup.name)} ({dup.score:.2f}: {', '.join(dup.evidence)})"
        )


@main.command()
@click.option("--guest", "guest_id", default=None, help="Only this guest's duplicates.")
@click.option("--limit", default=20, show_default=True)
@click.option("--cursor", default=None)
@store_option
@json_option
@reports_errors
def dupes(guest_id: str | None, limit: int, cursor: str | None, store_path: Path | None, as_json: bool) -> None:
    """List duplicate clusters with their evidence and the profile that would survive."""
    ctx, _ = _context(store_path)
    result = functions.find_duplicates(ctx, guest_id, limit=limit, cursor=cursor)
    if as_json:
        _emit(result)
        return
    for cluster in result.clusters:
        top = cluster.pairs[0]
        out.print(f"[bold]{cluster.canonical_id}[/] keeps · score {top.score:.2f} · {', '.join(top.evidence)}")
        for member in cluster.members:
            mark = "→" if member.id == cluster.canonical_id else " "
            out.print(
                f"  {mark} {member.id}  {escape(member.name)}  {escape(member.email or '-')}  "
                f"{escape(member.phone or '-')}  {member.total_visits} visits"
            )
    out.print(f"[dim]{result.total} cluster(s). {escape(result.hint)}[/]")


@main.command()
@click.option(
    "--input",
    "input_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="JSONL records {id, first_name, last_name, email, phone, address, postal_code, birthday}; - for stdin.",
)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--threshold", default=0.5, show_default=True, type=click.FloatRange(0, 1), help="Match probability.")
@store_option
@reports_errors
def dedupe(input_file: Path | None, fmt: str, threshold: float, store_path: Path | None) -> None:
    """Print one JSONL line {"a", "b", "score"} per pair judged one person; without --input, the store's guests."""
    from tools import dedupe as store_dedupe  # noqa: PLC0415
    from tools import linkage  # noqa: PLC0415

    del fmt  # one format today; the option keeps the command line stable
    started = time.perf_counter()

    def say(message: str) -> None:
        err.print(f"[dim]{time.perf_counter() - started:6.1f} s  {message}[/]")

    rejected: set[tuple[str, str]] = set()
    if input_file is None:
        ctx, _ = _context(store_path)
        rows = [store_dedupe.as_row(g) for g in ctx.store.iter_guests()]
        rejected = ctx.store.not_duplicate_pairs()
    else:
        rows = _read_records(input_file, undone="compared")
    say(f"read {len(rows):,} records")
    links, _ = linkage.deduplicate(rows, threshold=threshold, progress=say)
    write = sys.stdout.write
    written = 0
    for link in links:
        if tuple(sorted((link.a, link.b))) in rejected:
            continue
        write(json.dumps({"a": link.a, "b": link.b, "score": link.score}) + "\n")
        written += 1
    say(f"{written:,} pairs judged duplicates")


def _classify_all(answers: list[dict[str, Any]], second: Any) -> list[Any]:
    """Rules for every answer; the model too for the unsure ones, when ``second`` is configured."""
    import anyio  # noqa: PLC0415

    from tools.classify import classify as classify_text  # noqa: PLC0415

    for answer in answers:
        if not isinstance(answer.get("text"), str):
            raise InvalidInput(f"Answer {answer['id']} has no text; nothing was classified.")
    if second is None:
        return [classify_text(a["text"], str(a.get("question") or "")) for a in answers]

    async def run() -> list[Any]:
        async with second.client_factory() as client:
            return [await second.classify(client, a["text"], str(a.get("question") or "")) for a in answers]

    results: list[Any] = anyio.run(run)
    failed = f"; {len(second.failures)} failed, the rules stood" if second.failures else ""
    err.print(f"[dim]model consulted for {second.consulted} of {len(answers)} answer(s){failed}[/]")
    return results


def _classify_file(path: Path, second: Any) -> None:
    """One JSONL line out per answer in: {"id", "updates", "kitchen_alert", "complaint", "opt_out"}."""
    answers = _read_records(path, undone="classified")
    for answer, result in zip(answers, _classify_all(answers, second), strict=True):
        line = {
            "id": answer["id"],
            "updates": [u.model_dump(exclude_none=True) for u in result.updates],
            "kitchen_alert": result.kitchen_alert,
            "complaint": result.complaint,
            "opt_out": result.opt_out,
        }
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


def _read_records(path: Path, undone: str) -> list[dict[str, Any]]:
    """JSONL records; every line is checked, and a bad one is named with its line number (``undone``: what
    the command would have done, for the error)."""
    stream = sys.stdin if str(path) == "-" else None
    try:
        lines = (stream or path.open(encoding="utf-8")).read().splitlines()
    except FileNotFoundError:
        raise InvalidInput(f"No file at {path}.") from None
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"Line {number} of {path} is not JSON ({exc.msg}); nothing was {undone}.") from None
        if not isinstance(row, dict) or row.get("id") in (None, ""):
            raise InvalidInput(f"Line {number} of {path} is not a record with an id; nothing was {undone}.")
        rows.append(row)
    return rows


@main.command()
@click.argument("text", required=False)
@click.option("--question", default="", help="The survey question the text answers.")
@click.option(
    "--input",
    "input_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help='JSONL answers {"id", "question", "text"}, - for stdin; prints one JSONL result per answer.',
)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--rules-only", is_flag=True, help="Never ask the model, even when one is configured.")
@store_option
@json_option
@reports_errors
def classify(
    text: str | None,
    question: str,
    input_file: Path | None,
    fmt: str,
    rules_only: bool,
    store_path: Path | None,
    as_json: bool,
) -> None:
    """Classify a free-text survey answer, or a JSONL file of them (writes nothing). With a model
    configured, answers the rules are unsure of also get the model's (validated) second opinion."""
    del fmt  # one format today; the option keeps the command line stable
    settings = load(store=store_path)
    second = None
    if settings.model_configured and not rules_only:
        from agent import model_classifier  # noqa: PLC0415 - the SDK loads (a second) only when it is needed

        second = model_classifier.configured(settings)
    if input_file is not None:
        _classify_file(input_file, second)
        return
    if not text:
        raise InvalidInput("Give the answer's text, or --input FILE with one JSON answer per line.")
    result = _classify_all([{"id": "-", "text": text, "question": question}], second)[0]
    if as_json:
        _emit(result)
        return
    for u in result.updates:
        extra = ", ".join(x for x in (u.severity, u.subject) if x)
        out.print(
            f"  {u.action:<6} {u.tag}{f' ({extra})' if extra else ''}  [dim]{u.confidence:.2f} «{escape(u.evidence)}»[/]"
        )
    if not result.updates:
        out.print("  no tags")
    flags = [name for name in ("kitchen_alert", "complaint", "opt_out") if getattr(result, name)]
    out.print(f"  flags: {', '.join(flags) or 'none'}")


# -- writes -----------------------------------------------------------------------------------------


@main.command()
@click.argument("guest")
@click.option("--add-tag", "add_tags", multiple=True, metavar="GROUP:TAG", help="Tag to add (repeatable).")
@click.option("--remove-tag", "remove_tags", multiple=True, metavar="GROUP:TAG", help="Tag to remove (repeatable).")
@click.option(
    "--severity",
    type=click.Choice(["severe", "unspecified", "intolerance"]),
    default=None,
    help="Severity of allergies added.",
)
@click.option("--party", is_flag=True, help="The added allergy belongs to someone dining with the guest.")
@click.option("--note", default=None, help="A line to append to the profile notes.")
@click.option("--opt-out/--opt-in", "opt_out", default=None, help="Marketing consent (opting in is a manager action).")
@click.option("--venue", default=None, help="Limit the consent change to one venue id.")
@click.option("--email", default=None)
@click.option("--phone", default=None)
@click.option("--birthday", default=None, metavar="MM-DD")
@click.option("--anniversary", default=None, metavar="MM-DD")
@click.option("--reason", default="", help="Why; required to remove an allergy.")
@click.option("--dry-run", is_flag=True, help="Show the diff without writing.")
@store_option
@json_option
@reports_errors
def patch(
    guest: str,
    add_tags: tuple[str, ...],
    remove_tags: tuple[str, ...],
    severity: Any,
    party: bool,
    note: str | None,
    opt_out: bool | None,
    venue: str | None,
    email: str | None,
    phone: str | None,
    birthday: str | None,
    anniversary: str | None,
    reason: str,
    dry_run: bool,
    store_path: Path | None,
    as_json: bool,
) -> None:
    """Change one guest's profile through every guard."""
    ctx, _ = _context(store_path)
    result = functions.patch_profile(
        ctx,
        guest,
        add_tags=list(add_tags),
        remove_tags=list(remove_tags),
        allergy_severity=severity,
        allergy_subject="party" if party else None,
        note=note,
        consent=None if opt_out is None else ("opt_out" if opt_out else "opt_in"),
        venue_id=venue,
        email=email,
        phone=phone,
        birthday=birthday,
        anniversary=anniversary,
        reason=reason,
        dry_run=dry_run,
    )
    if as_json:
        _emit(result)
        return
    for redirect in result.redirects:
        out.print(f"[yellow]{escape(redirect)}[/]")
    for change in result.changes:
        out.print(f"  {change.field}: {_short(change.before)} → {_short(change.after)}")
    out.print(escape(result.message))


@main.command()
@click.argument("reservation")
@click.option("--text", default=None, help="Bullets to use (one per line); default: composed from the profile.")
@click.option("--dry-run", is_flag=True)
@store_option
@json_option
@reports_errors
def note(reservation: str, text: str | None, dry_run: bool, store_path: Path | None, as_json: bool) -> None:
    """Write the host's pre-visit note on a reservation, within the note budget."""
    ctx, _ = _context(store_path)
    result = functions.write_previsit_note(ctx, reservation, text=text, dry_run=dry_run)
    if as_json:
        _emit(result)
        return
    for bullet in result.bullets:
        out.print(f"  • {escape(bullet)}")
    for cut in result.cut:
        out.print(f"  [yellow]cut:[/] {escape(cut)}")
    out.print(escape(result.message))


@main.command()
@click.argument("guest_ids", nargs=2, required=True)
@click.option("--keep", "canonical", default=None, help="The profile to keep (default: most visits).")
@store_option
@json_option
@reports_errors
def merge(guest_ids: tuple[str, str], canonical: str | None, store_path: Path | None, as_json: bool) -> None:
    """Plan a merge of two profiles; it runs once approved with maitre approve."""
    ctx, _ = _context(store_path)
    result = functions.merge_profiles(ctx, list(guest_ids), canonical_id=canonical)
    if as_json:
        _emit(result)
        return
    _print_plan(result.plan)
    out.print(escape(result.message))


@main.command()
@click.argument("token", required=False)
@click.option("--deny", "denied", is_flag=True, help="Refuse the action instead.")
@click.option("--yes", is_flag=True, help="Approve without asking (for scripts run by a person).")
@store_option
@reports_errors
def approve(token: str | None, denied: bool, yes: bool, store_path: Path | None) -> None:
    """Approve (or deny) a destructive action a model or client asked for; without TOKEN, list them."""
    ctx, _ = _context(store_path)
    if token is None:
        waiting = approvals.pending(ctx.store, now=ctx.clock())
        for item in waiting:
            out.print(
                f"{item['token']}  {item['tool']}  requested by {item['requested_by']}  expires {item['expires'][:16]}"
            )
        out.print(
            f"{len(waiting)} action(s) waiting for approval."
            + (" Approve one with maitre approve TOKEN." if waiting else "")
        )
        return
    record = ctx.store.get_approval(token)
    if record is None:
        raise InvalidInput(f"No approval request with token {token!r}.")
    out.print(f"[bold]{record['tool']}[/] requested by {record['requested_by']} at {record['created'][:16]}")
    plan = record["plan"].get("plan") or record["plan"].get("reverted") or []
    _print_plan([FieldChange.model_validate(p) for p in plan])
    if denied:
        functions.deny(ctx, token)
        out.print("Denied; nothing was changed.")
        return
    if not yes and not click.confirm("Approve and run it now?", err=True):
        functions.deny(ctx, token)
        out.print("Denied; nothing was changed.")
        return
    result = functions.approve(ctx, token)
    out.print(escape(getattr(result, "message", "Done.")))


@main.command()
@click.argument("change_id", type=int, required=False)
@click.option("--run", default=None, help="Undo everything one actor or event did (e.g. agent:demo).")
@store_option
@json_option
@reports_errors
def undo(change_id: int | None, run: str | None, store_path: Path | None, as_json: bool) -> None:
    """Revert a journaled change exactly (a merge reverts whole), or everything a run did."""
    ctx, _ = _context(store_path)
    result = functions.undo_change(ctx, change_id=change_id, run=run)
    if as_json:
        _emit(result)
        return
    for change in result.reverted:
        out.print(f"  {change.entity_id} {change.field}: {_short(change.before)} → {_short(change.after)}")
    out.print(escape(result.message))


@main.command()
@click.option("--guest", "guest_id", default=None, help="Only this guest's or reservation's changes.")
@click.option("--limit", default=30, show_default=True)
@store_option
@json_option
@reports_errors
def log(guest_id: str | None, limit: int, store_path: Path | None, as_json: bool) -> None:
    """The journal: every write with actor, reason and evidence, newest first."""
    ctx, _ = _context(store_path)
    changes = ctx.store.changes(entity_id=guest_id, limit=limit)
    if as_json:
        out.print_json(json.dumps([c.model_dump(mode="json") for c in changes]), highlight=False)
        return
    if not changes:
        out.print("No changes recorded" + (f" for {guest_id}." if guest_id else "."))
        return
    for c in changes:
        undone = " [dim](undone)[/]" if c.reverted_by else ""
        why = " · ".join(x for x in (c.reason, c.evidence) if x)
        out.print(
            f"[bold]{c.id:>6}[/]{undone}  {c.at:%Y-%m-%d %H:%M}  {escape(c.actor)}  {c.entity_id}  "
            f"[cyan]{escape(c.field)}[/]  {escape(_short(c.before))} → {escape(_short(c.after))}"
            + (f"  [dim]({escape(why)})[/]" if why else "")
        )


@main.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@store_option
@reports_errors
def import_(file: Path, store_path: Path | None) -> None:
    """Import guests from JSONL or CSV; every row is validated first, and a bad file writes nothing."""
    ctx, _ = _context(store_path)
    report = importer.import_file(ctx, file)
    out.print(
        f"Imported {report.imported} guest(s); {report.skipped_existing} already in the store were left as they are."
    )


def _print_plan(plan: list[Any]) -> None:
    for change in plan:
        out.print(
            f"  {change.entity_id} {escape(change.field)}: {escape(_short(change.before))} → {escape(_short(change.after))}"
        )


def _short(value: Any, limit: int = 60) -> str:
    if value is None or value == "":
        return "∅"
    if isinstance(value, dict):
        if "opt_in" in value:
            text = "opted in" if value["opt_in"] else "opted out"
        else:
            text = ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, "", 0))
            text = text or "set"
    else:
        text = str(value).replace("\n", " | ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


if __name__ == "__main__":
    main()
