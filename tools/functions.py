"""The tools: one typed function each. MCP and the agent derive their schemas from these signatures.

Each takes a ``ToolContext`` first (never shown to a model), then its arguments as
``Annotated[..., Field(description=...)]``, and returns a pydantic model.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from tools import approvals, briefing, dedupe
from tools.classify import Classification, classify
from tools.context import ToolContext
from tools.errors import ApprovalRequired, InvalidInput, MaitreError, NotFound
from tools.fields import diff, flatten_guest
from tools.guards import format_note, is_manager, is_outreach, note_bullets
from tools.merge import choose_canonical, survivor
from tools.models import ChangeSet, Consent, Guest, MonthDay, Severity, Subject, TagMeta
from tools.normalize import (
    email_key,
    fold,
    name_key,
    phone_e164,
    validate_email,
    validate_phone,
)
from tools.results import (
    AllergyInfo,
    ClusterMember,
    DuplicateCluster,
    DuplicateHint,
    DuplicatesResult,
    FieldChange,
    GuestSummary,
    LookupResult,
    MergeResult,
    NoteResult,
    PairEvidence,
    PatchResult,
    Refused,
    UndoResult,
)
from tools.undo import changes_to_undo, undo
from tools.vocabulary import canonical_tag, is_allergy, severity_rank
from tools.writes import Draft, apply

MAX_NOTE_CHARS = 500
NOTES_SHOWN = 600  # a lookup shows the latest notes; a page of 50 guests stays far under 20k tokens
NAME_MATCH = 80  # token-sort similarity (0-100) for a name to count as a match
MAX_PAGE = 25  # a full page of guests stays near 7,000 tokens over MCP


ResultT = TypeVar("ResultT", PatchResult, MergeResult, UndoResult)


class _DryRun(Exception):
    def __init__(self, changeset: ChangeSet) -> None:
        self.changeset = changeset


# -- lookup_guest ---------------------------------------------------------------------------------


def lookup_guest(
    ctx: ToolContext,
    query: Annotated[str, Field(description="An email, a phone number, a guest id, or a name (fuzzy).", min_length=1)],
    limit: Annotated[int, Field(description="Matches per page.", ge=1, le=MAX_PAGE)] = 10,
    cursor: Annotated[str | None, Field(description="The next_cursor of a previous call, for the next page.")] = None,
) -> LookupResult:
    """Find guests by email, phone, id or name, with visits, spend, tags, consent and likely duplicates."""
    offset = _decode_cursor(cursor)
    matched_by, found = _search(ctx, query.strip())
    total = len(found)
    matches = [_summary(ctx, g, matched_by) for g in ctx.store.get_guests(found[offset : offset + limit])]
    next_cursor = _encode_cursor(offset + limit) if offset + limit < total else None
    if not total:
        hint = "No guest matches; try an email, a phone number with country code, or a last name."
    elif next_cursor:
        hint = f"{total - offset - limit} more matches: call again with cursor={next_cursor!r}."
    else:
        hint = "That is every match."
    return LookupResult(matches=matches, total=total, next_cursor=next_cursor, hint=hint)


def _search(ctx: ToolContext, query: str) -> tuple[str, list[str]]:
    """How the query was read, and the ids of the live profiles it matches, best first."""
    store = ctx.store
    if "@" in query:
        key = email_key(query)
        return "email", _ids(_canonical_only(ctx, store.guests_by_email(key) if key else []))
    digits = sum(c.isdigit() for c in query)
    if digits >= 7 and digits >= len(query.replace(" ", "")) * 0.6:
        e164 = phone_e164(query, ctx.phone_region)
        return "phone", _ids(_canonical_only(ctx, store.guests_by_phone(e164) if e164 else []))
    exact = store.get_guest(query)
    if exact is not None:
        return "id", _ids(_canonical_only(ctx, [exact]))
    return "name", _by_name(ctx, query)


def _ids(guests: list[Guest]) -> list[str]:
    return [g.id for g in guests]


def _by_name(ctx: ToolContext, query: str) -> list[str]:
    """Score candidates on their indexed name columns, then load only the profiles that match."""
    tokens = fold(query).split()
    if not tokens:
        return []
    wanted = " ".join(name_key(t) for t in tokens)
    rows = ctx.store.name_candidates(tokens)
    fields = [[f"{r.first_key} {r.last_key}" for r in rows]]  # first_key is stored nickname-mapped
    if len(tokens) == 1:
        fields += [[r.first_key for r in rows], [r.last_key for r in rows]]
    best: dict[int, float] = {}
    for choices in fields:
        for _, score, index in process.extract(
            wanted, choices, scorer=fuzz.token_sort_ratio, limit=None, score_cutoff=NAME_MATCH
        ):
            best[index] = max(score, best.get(index, 0.0))
    ranked = sorted(best, key=lambda i: (-best[i], -rows[i].total_visits, rows[i].id))
    return [rows[i].id for i in ranked]


def _canonical_only(ctx: ToolContext, guests: list[Guest]) -> list[Guest]:
    out: dict[str, Guest] = {}
    for guest in guests:
        seen = {guest.id}
        while guest.merged_into and guest.merged_into not in seen:
            parent = ctx.store.get_guest(guest.merged_into)
            if parent is None:
                break
            seen.add(parent.id)
            guest = parent
        out[guest.id] = guest
    return sorted(out.values(), key=lambda g: (-g.total_visits, g.id))


def describe_guest(ctx: ToolContext, guest_id: str) -> GuestSummary:
    """One guest as lookup_guest shows them, routed to the surviving profile (for resources and views)."""
    found = ctx.store.get_guest(guest_id)
    if found is None:
        raise NotFound(f"No guest with id {guest_id!r}.")
    return _summary(ctx, _canonical_only(ctx, [found])[0], "id")


def _summary(ctx: ToolContext, guest: Guest, matched_by: str) -> GuestSummary:
    hints = [
        DuplicateHint(
            id=(other := (p.b if p.a == guest.id else p.a)),
            name=(ctx.store.get_guest(other) or guest).name,
            score=p.score,
            evidence=p.evidence,
        )
        for p in dedupe.duplicates_of(ctx.store, guest)[:5]
    ]
    return GuestSummary(
        id=guest.id,
        name=guest.name,
        email=guest.email,
        phone=guest.phone,
        tags=guest.tags,
        allergies=[
            AllergyInfo(tag=t, severity=guest.tag_meta[t].severity, subject=guest.tag_meta[t].subject)
            for t in guest.allergies()
        ],
        marketing_opt_in=guest.marketing_opt_in.opt_in,
        opted_out_venues=sorted(v for v, c in guest.venue_opt_in.items() if not c.opt_in),
        total_visits=guest.total_visits,
        total_spend=guest.total_spend,
        last_visit=guest.last_visit,
        birthday=guest.birthday,
        anniversary=guest.anniversary,
        notes=guest.notes if len(guest.notes) <= NOTES_SHOWN else "…" + guest.notes[-NOTES_SHOWN + 1 :],
        pending_duplicates=hints,
        matched_by=matched_by,
        version=guest.version,
    )


# -- find_duplicates ------------------------------------------------------------------------------


def find_duplicates(
    ctx: ToolContext,
    guest_id: Annotated[
        str | None, Field(description="Check one guest (id or email); leave empty to scan the whole store.")
    ] = None,
    limit: Annotated[int, Field(description="Clusters per page.", ge=1, le=MAX_PAGE)] = 10,
    cursor: Annotated[str | None, Field(description="The next_cursor of a previous call.")] = None,
) -> DuplicatesResult:
    """Duplicate clusters with each pair's score and evidence, and the profile that would survive a merge."""
    offset = _decode_cursor(cursor)
    rejected = ctx.store.not_duplicate_pairs()
    if guest_id:
        guest = _resolve(ctx, guest_id)
        pairs = dedupe.duplicates_of(ctx.store, guest)
        if pairs:
            ids = sorted({guest.id} | {p.a for p in pairs} | {p.b for p in pairs})
            members = [g for g in (ctx.store.get_guest(i) for i in ids) if g is not None]
            found = [dedupe.Cluster(choose_canonical(members), members, pairs)]
        else:
            found = []
    else:
        found = dedupe.clusters(ctx.store.iter_guests(), rejected=rejected)
    page = found[offset : offset + limit]
    total = len(found)
    next_cursor = _encode_cursor(offset + limit) if offset + limit < total else None
    clusters = [
        DuplicateCluster(
            canonical_id=c.canonical.id,
            members=[
                ClusterMember(
                    id=m.id,
                    name=m.name,
                    email=m.email,
                    phone=m.phone,
                    total_visits=m.total_visits,
                    last_visit=m.last_visit,
                )
                for m in c.members
            ],
            pairs=[PairEvidence(a=p.a, b=p.b, score=p.score, evidence=p.evidence) for p in c.pairs],
        )
        for c in page
    ]
    if not total:
        hint = "No duplicates found."
    elif next_cursor:
        hint = f"{total - offset - limit} more clusters: call again with cursor={next_cursor!r}."
    else:
        hint = "To merge a cluster, call merge_profiles with its member ids; a manager approves it."
    return DuplicatesResult(clusters=clusters, total=total, next_cursor=next_cursor, hint=hint)


# -- classify_survey_answer -----------------------------------------------------------------------


def classify_survey_answer(
    ctx: ToolContext,
    text: Annotated[str, Field(description="The guest's free-text answer, verbatim.", min_length=1, max_length=5000)],
    question: Annotated[str, Field(description="The survey question it answers, if known.")] = "",
) -> Classification:
    """Propose tag adds and removes from a survey answer, with evidence, allergy severity and subject,
    and flag kitchen alerts, complaints and opt-out requests. Writes nothing."""
    del ctx
    return classify(text, question)


# -- patch_profile --------------------------------------------------------------------------------


class TagAdd(BaseModel):
    tag: str
    severity: Severity | None = None
    subject: Subject | None = None
    evidence: str = ""


class ProfilePatch(BaseModel):
    """Everything one patch may change; built by patch_profile and by the pipelines."""

    add: list[TagAdd] = Field(default_factory=list)
    remove: list[str] = Field(default_factory=list)
    note: str | None = None
    note_source: str = ""
    consent: Literal["opt_in", "opt_out"] | None = None
    venue_id: str | None = None
    consent_source: str = ""
    fields: dict[str, str | None] = Field(default_factory=dict)


CONTACT_FIELDS = ("first_name", "last_name", "email", "email_alt", "phone", "phone_alt", "birthday", "anniversary")


def patch_profile(
    ctx: ToolContext,
    guest: Annotated[str, Field(description="The guest's id or email; merged profiles are routed to the survivor.")],
    add_tags: Annotated[list[str], Field(description="Group:Tag values to add, e.g. Allergies:Shellfish.")] = [],  # noqa: B006
    remove_tags: Annotated[
        list[str], Field(description="Group:Tag values to remove; allergies only by a manager with a reason.")
    ] = [],  # noqa: B006
    allergy_severity: Annotated[
        Severity | None, Field(description="Severity for allergies added in this call.")
    ] = None,
    allergy_subject: Annotated[
        Subject | None, Field(description="Whose allergy: the guest, or someone in their party.")
    ] = None,
    note: Annotated[
        str | None, Field(description=f"A line to append to the profile notes (at most {MAX_NOTE_CHARS} characters).")
    ] = None,
    consent: Annotated[
        Literal["opt_in", "opt_out"] | None,
        Field(description="Marketing consent; opting back in is a manager's explicit action."),
    ] = None,
    venue_id: Annotated[str | None, Field(description="Limit the consent change to one venue.")] = None,
    email: Annotated[str | None, Field(description="New primary email.")] = None,
    phone: Annotated[str | None, Field(description="New primary phone; stored as E.164.")] = None,
    birthday: Annotated[MonthDay | None, Field(description="Birthday as MM-DD.")] = None,
    anniversary: Annotated[MonthDay | None, Field(description="Anniversary as MM-DD.")] = None,
    reason: Annotated[str, Field(description="Why: shown in the journal.")] = "",
    evidence: Annotated[str, Field(description="Quoted text, check id or survey id behind the change.")] = "",
    dry_run: Annotated[bool, Field(description="Return the diff without writing.")] = False,
    expected_version: Annotated[
        int | None, Field(description="Fail if the profile changed since this version was read.")
    ] = None,
    approval_token: Annotated[
        str | None, Field(description="The token of an approved allergy removal, to see its result.")
    ] = None,
) -> PatchResult:
    """Add or remove tags, append a note, change consent or contact fields of one guest, through every
    guard. With dry_run the exact diff comes back and nothing is written. Removing an allergy needs a
    manager: the call returns the plan and an approval token instead."""
    fields: dict[str, str | None] = {}
    if email is not None:
        fields["email"] = validate_email(email)
    if phone is not None:
        fields["phone"] = validate_phone(phone, ctx.phone_region)
    if birthday is not None:
        fields["birthday"] = birthday
    if anniversary is not None:
        fields["anniversary"] = anniversary
    patch = ProfilePatch(
        add=[
            TagAdd(
                tag=t,
                severity=(allergy_severity or "unspecified") if is_allergy(canonical_tag(t)) else None,
                subject=(allergy_subject or "guest") if is_allergy(canonical_tag(t)) else None,
                evidence=evidence,
            )
            for t in add_tags
        ],
        remove=remove_tags,
        note=note,
        note_source=ctx.actor,
        consent=consent,
        venue_id=venue_id,
        consent_source=ctx.actor,
        fields=fields,
    )
    if not (patch.add or patch.remove or patch.note or patch.consent or patch.fields):
        raise InvalidInput("Nothing to change: give tags to add or remove, a note, consent or a field.")
    removes_allergy = any(is_allergy(canonical_tag(t)) for t in remove_tags)
    if removes_allergy and not is_manager(ctx.actor) and not dry_run:
        args = {
            "guest": guest,
            "add_tags": add_tags,
            "remove_tags": remove_tags,
            "allergy_severity": allergy_severity,
            "allergy_subject": allergy_subject,
            "note": note,
            "consent": consent,
            "venue_id": venue_id,
            "email": email,
            "phone": phone,
            "birthday": birthday,
            "anniversary": anniversary,
            "reason": reason,
            "evidence": evidence,
            "expected_version": expected_version,
        }
        if approval_token is not None:
            record = approvals.check_token(ctx.store, approval_token, tool="patch_profile", args=args)
            pending = _allergy_preview(ctx, guest, patch, reason, evidence) if record["status"] == "pending" else None
            return _decision(record, pending, PatchResult)
        preview = _allergy_preview(ctx, guest, patch, reason, evidence)
        record = approvals.request(
            ctx.store,
            tool="patch_profile",
            args=args,
            plan={"plan": [c.model_dump(mode="json") for c in preview.changes]},
            requested_by=ctx.actor,
            now=ctx.clock(),
            ttl=ctx.approval_ttl,
        )
        return preview.model_copy(
            update={
                "status": "approval_needed",
                "dry_run": False,
                "approval_token": record["token"],
                "message": f"Removing an allergy needs a manager: maitre approve {record['token']}. Nothing was changed.",
            }
        )
    return apply_patch(
        ctx, guest, patch, reason=reason, evidence=evidence, dry_run=dry_run, expected_version=expected_version
    )


def _allergy_preview(ctx: ToolContext, guest: str, patch: ProfilePatch, reason: str, evidence: str) -> PatchResult:
    """The diff a manager would approve, computed as a dry run on the manager's side of the guard."""
    return apply_patch(
        ctx.acting_as("manager:approval-preview"),
        guest,
        patch,
        reason=reason or "awaiting approval",
        evidence=evidence,
        dry_run=True,
    )


def apply_patch(
    ctx: ToolContext,
    guest_ref: str,
    patch: ProfilePatch,
    *,
    tool: str = "patch_profile",
    reason: str = "",
    evidence: str = "",
    dry_run: bool = False,
    expected_version: int | None = None,
    on_refusal: Literal["raise", "skip"] = "raise",
) -> PatchResult:
    """Validate ``patch`` fully, then write it through the guards in one transaction."""
    adds = [a.model_copy(update={"tag": canonical_tag(a.tag)}) for a in patch.add]
    removes = [canonical_tag(t) for t in patch.remove]
    if patch.note is not None and len(patch.note) > MAX_NOTE_CHARS:
        raise InvalidInput(f"The note is {len(patch.note)} characters; notes are at most {MAX_NOTE_CHARS}: shorten it.")
    unknown = set(patch.fields) - set(CONTACT_FIELDS)
    if unknown:
        raise InvalidInput(f"Field {sorted(unknown)[0]!r} cannot be patched; patchable: {', '.join(CONTACT_FIELDS)}.")
    target = _resolve(ctx, guest_ref)
    now = ctx.clock()

    def mutate(draft: Draft) -> None:
        g = draft.guest(target.id, expected_version=expected_version)
        for add in adds:
            current = g.tag_meta.get(add.tag)
            meta = TagMeta(
                severity=add.severity,
                subject=add.subject,
                source=patch.note_source or ctx.actor,
                evidence=add.evidence[:300],
                added_at=now,
            )
            if current is None:
                g.tag_meta[add.tag] = meta
            elif is_allergy(add.tag) and severity_rank(add.severity) > severity_rank(current.severity):
                # Re-stating an allergy may raise its severity; it never lowers it here.
                g.tag_meta[add.tag] = current.model_copy(update={"severity": add.severity, "evidence": meta.evidence})
        for tag in removes:
            g.tag_meta.pop(tag, None)
        if patch.note:
            line = f"{now:%Y-%m-%d} [{patch.note_source or ctx.actor}] {patch.note.strip()}"
            g.notes = f"{g.notes}\n{line}" if g.notes else line
        if patch.consent is not None:
            record = Consent(opt_in=patch.consent == "opt_in", updated_at=now, source=patch.consent_source or ctx.actor)
            if patch.venue_id:
                g.venue_opt_in[patch.venue_id] = record
            elif g.marketing_opt_in.opt_in != record.opt_in:
                g.marketing_opt_in = record
        for name, value in patch.fields.items():
            setattr(g, name, value)
        g.tags = sorted(g.tag_meta)
        if patch.consent == "opt_out":
            _scrub_outreach(ctx, draft, {target.id, g.id}, g)

    def stop(changeset: ChangeSet) -> None:
        raise _DryRun(changeset)

    try:
        changeset = apply(
            ctx.store,
            ctx.meta(tool, reason=reason, evidence=evidence),
            mutate,
            target=target.id,
            now=now,
            thresholds=ctx.thresholds,
            on_refusal=on_refusal,
            after_commit=stop if dry_run else None,
        )
    except _DryRun as dry:
        changeset = dry.changeset
    written_id = _canonical_only(ctx, [target])[0].id
    stored = ctx.store.get_guest(written_id)
    changes = [
        FieldChange(entity_id=c.entity_id, field=c.field, before=c.before, after=c.after) for c in changeset.changes
    ]
    kitchen = any(c.field.startswith(("tag:Allergies:", "tag:Dietary:")) and c.after is not None for c in changes)
    if changeset.already_applied:
        message = f"Event {changeset.event_id} was already applied; nothing changed."
    elif dry_run:
        message = f"Dry run: {len(changes)} field(s) would change; call again without dry_run to write."
    elif changes:
        message = f"Changed {len(changes)} field(s) of {written_id}; undo with undo_change(change_id=...)."
    else:
        message = "Nothing changed: the profile already says this."
    if kitchen and not dry_run:
        message += " Kitchen alert: a new allergy or dietary restriction."
    return PatchResult(
        status="dry_run" if dry_run else "done",
        guest_id=written_id,
        dry_run=dry_run,
        changes=changes,
        refused=[Refused(guard=r.guard, target=r.target, message=r.message) for r in changeset.refusals],
        redirects=changeset.redirects,
        kitchen_alert=kitchen,
        changeset_id=None if dry_run else changeset.id,
        version=stored.version if stored else 0,
        message=message,
    )


# -- write_previsit_note --------------------------------------------------------------------------


def write_previsit_note(
    ctx: ToolContext,
    reservation_id: Annotated[str, Field(description="The reservation to write the host's note on.")],
    text: Annotated[
        str | None,
        Field(description="Bullets to use, one per line; omit to compose from the profile. Cut to budget by rule."),
    ] = None,
    dry_run: Annotated[bool, Field(description="Return the note without writing it.")] = False,
) -> NoteResult:
    """Write the host's pre-visit note on a reservation: 3 to 5 short bullets, allergies first, then
    occasion, preferences and value; no contact details, spend figures or health detail."""
    if text is not None and len(text) > briefing.MAX_NOTE_INPUT:
        raise InvalidInput(
            f"The note text is {len(text)} characters; give at most {briefing.MAX_NOTE_INPUT} (5 bullets of 90)."
        )
    reservation = ctx.store.get_reservation(reservation_id)
    if reservation is None:
        raise NotFound(f"No reservation with id {reservation_id!r}; list tonight's reservations first.")
    guest = (
        _canonical_only(ctx, [g])[0]
        if reservation.client_id and (g := ctx.store.get_guest(reservation.client_id))
        else None
    )
    if text is not None:
        if not briefing.parse_text(text):
            raise InvalidInput("The note text has no bullets; give one bullet per line.")
        fitted = briefing.fit(briefing.parse_text(text), guest, reservation)
    else:
        fitted = briefing.compose(guest, reservation)
    note = format_note(fitted.bullets)
    if dry_run:
        return NoteResult(
            reservation_id=reservation.id,
            guest_id=guest.id if guest else None,
            bullets=fitted.bullets,
            cut=fitted.cut,
            written=False,
            dry_run=True,
            message="Dry run: the note was not written.",
        )

    def mutate(draft: Draft) -> None:
        r = draft.reservation(reservation.id)
        r.notes = note
        if guest is not None and r.client_id != guest.id:
            draft.redirects.append(f"{r.client_id} was merged into {guest.id}; the reservation now points there.")
            r.client_id = guest.id

    changeset = apply(
        ctx.store,
        ctx.meta("write_previsit_note", reason="pre-visit note"),
        mutate,
        target=reservation.id,
        now=ctx.clock(),
        thresholds=ctx.thresholds,
    )
    written = bool(changeset.changes)
    if changeset.already_applied:
        message = "This event's note was already written."
    elif written:
        message = f"Wrote a {len(fitted.bullets)}-bullet note on {reservation.id}."
    else:
        message = "The reservation already carries this note."
    if fitted.cut:
        message += f" Cut to budget: {len(fitted.cut)} rule(s) applied."
    return NoteResult(
        reservation_id=reservation.id,
        guest_id=guest.id if guest else None,
        bullets=fitted.bullets,
        cut=fitted.cut,
        written=written,
        dry_run=False,
        message=message,
    )


# -- merge_profiles -------------------------------------------------------------------------------


def merge_profiles(
    ctx: ToolContext,
    guest_ids: Annotated[list[str], Field(description="Two or more guest ids that are one person.", min_length=2)],
    canonical_id: Annotated[
        str | None, Field(description="The profile to keep; default: most visits, then latest activity.")
    ] = None,
    approval_token: Annotated[
        str | None, Field(description="The token a previous call returned, once a manager has approved it.")
    ] = None,
) -> MergeResult:
    """Merge duplicate profiles into one: allergies and tags unioned, the most restrictive consent wins,
    visits and spend summed, notes kept. Destructive: the first call returns the plan and an approval
    token; a manager approves it outside this conversation; nothing merges without that."""
    ids = sorted(set(guest_ids))
    args = {"guest_ids": ids, "canonical_id": canonical_id}
    if approval_token is not None:
        record = approvals.check_token(ctx.store, approval_token, tool="merge_profiles", args=args)
        pending = _merge_plan(ctx, ids, canonical_id) if record["status"] in {"pending", "approved"} else None
        return _decision(record, pending, MergeResult)
    plan = _merge_plan(ctx, ids, canonical_id)
    record = approvals.request(
        ctx.store,
        tool="merge_profiles",
        args=args,
        plan=plan.model_dump(mode="json"),
        requested_by=ctx.actor,
        now=ctx.clock(),
        ttl=ctx.approval_ttl,
    )
    return plan.model_copy(
        update={
            "status": "approval_needed",
            "approval_token": record["token"],
            "expires_at": record["expires"],
            "message": f"A manager must approve this merge: maitre approve {record['token']} "
            f"(expires {record['expires'][:16]}). Nothing has been merged.",
        }
    )


def _merge_plan(ctx: ToolContext, guest_ids: list[str], canonical_id: str | None) -> MergeResult:
    guests = []
    for gid in guest_ids:
        guest = ctx.store.get_guest(gid)
        if guest is None:
            raise NotFound(f"No guest with id {gid!r}.")
        if guest.merged_into:
            raise InvalidInput(f"Guest {gid} was already merged into {guest.merged_into}.")
        guests.append(guest)
    if len(guests) < 2:
        raise InvalidInput("A merge needs at least two different guest ids.")
    if canonical_id is not None and canonical_id not in guest_ids:
        raise InvalidInput(f"canonical_id {canonical_id} must be one of the guests being merged.")
    canonical = next(g for g in guests if g.id == canonical_id) if canonical_id else choose_canonical(guests)
    others = [g for g in guests if g.id != canonical.id]
    merged = survivor(canonical, others)
    plan = [
        FieldChange(entity_id=canonical.id, field=k, before=b, after=a)
        for k, (b, a) in diff(flatten_guest(canonical), flatten_guest(merged)).items()
    ] + [FieldChange(entity_id=o.id, field="merged_into", before=None, after=canonical.id) for o in others]
    return MergeResult(
        status="approval_needed", canonical_id=canonical.id, merged_ids=[o.id for o in others], plan=plan, message=""
    )


def _run_merge(ctx: ToolContext, args: dict[str, Any], *, reason: str) -> MergeResult:
    plan = _merge_plan(ctx, args["guest_ids"], args["canonical_id"])

    def mutate(draft: Draft) -> None:
        canonical = draft.guest(plan.canonical_id, follow_merges=False)
        others = [draft.guest(i, follow_merges=False) for i in plan.merged_ids]
        merged = survivor(canonical, others)
        draft.replace(merged)
        for other in others:
            other.merged_into = canonical.id
        _scrub_outreach(ctx, draft, {merged.id, *plan.merged_ids}, merged)

    changeset = apply(
        ctx.store,
        ctx.meta("merge_profiles", reason=reason),
        mutate,
        target=plan.canonical_id,
        now=ctx.clock(),
        thresholds=ctx.thresholds,
    )
    return plan.model_copy(
        update={
            "status": "merged",
            "changeset_id": changeset.id,
            "message": f"Merged {', '.join(plan.merged_ids)} into {plan.canonical_id}; "
            f"undo with undo_change(change_id={changeset.changes[0].id if changeset.changes else 0}).",
        }
    )


# -- undo_change ----------------------------------------------------------------------------------


def undo_change(
    ctx: ToolContext,
    change_id: Annotated[int | None, Field(description="The journal change to revert (a merge reverts whole).")] = None,
    run: Annotated[
        str | None, Field(description="Revert everything one actor or event did, e.g. agent:run-12 or an event id.")
    ] = None,
    approval_token: Annotated[str | None, Field(description="The token of an approved undo.")] = None,
) -> UndoResult:
    """Revert a journaled change exactly, or everything a run or event did. Undoing a merge or a whole
    run needs a manager's approval; allergies and opt-outs stay protected by the guards."""
    if (change_id is None) == (run is None):
        raise InvalidInput("Give exactly one of change_id or run.")
    args = {"change_id": change_id, "run": run}
    changes = changes_to_undo(ctx.store, change_id=change_id, run=run)
    preview = [FieldChange(entity_id=c.entity_id, field=c.field, before=c.after, after=c.before) for c in changes]
    destructive = run is not None or any(c.tool == "merge_profiles" for c in changes)
    if destructive and not is_manager(ctx.actor):
        if approval_token is None:
            record = approvals.request(
                ctx.store,
                tool="undo_change",
                args=args,
                plan={"reverted": [p.model_dump(mode="json") for p in preview]},
                requested_by=ctx.actor,
                now=ctx.clock(),
                ttl=ctx.approval_ttl,
            )
            return UndoResult(
                status="approval_needed",
                reverted=preview,
                approval_token=record["token"],
                message=f"A manager must approve this undo: maitre approve {record['token']}. Nothing was undone.",
            )
        record = approvals.check_token(ctx.store, approval_token, tool="undo_change", args=args)
        waiting = UndoResult(status="pending", reverted=preview, message="")
        return _decision(record, waiting if record["status"] == "pending" else None, UndoResult)
    return _run_undo(ctx, args, reason="undo")


def _run_undo(ctx: ToolContext, args: dict[str, Any], *, reason: str) -> UndoResult:
    changes = changes_to_undo(ctx.store, change_id=args["change_id"], run=args["run"])
    changeset = undo(
        ctx.store, ctx.meta("undo_change", reason=reason), changes, now=ctx.clock(), thresholds=ctx.thresholds
    )
    reverted = [
        FieldChange(entity_id=c.entity_id, field=c.field, before=c.before, after=c.after) for c in changeset.changes
    ]
    return UndoResult(
        status="undone",
        reverted=reverted,
        changeset_id=changeset.id,
        message=f"Reverted {len(changes)} change(s); the profile is back to its earlier state.",
    )


# -- approvals --------------------------------------------------------------------------------------


_EXECUTORS: dict[str, Callable[[ToolContext, dict[str, Any], str], BaseModel]] = {
    "patch_profile": lambda ctx, args, reason: patch_profile(
        ctx, **{**args, "reason": f"{args['reason']} ({reason})" if args["reason"] else reason}
    ),
    "merge_profiles": lambda ctx, args, reason: _run_merge(ctx, args, reason=reason),
    "undo_change": lambda ctx, args, reason: _run_undo(ctx, args, reason=reason),
}


def approve(ctx: ToolContext, token: str) -> BaseModel:
    """Run an approved action once, as the approving manager. Not a model-facing tool."""
    record = approvals.take(ctx.store, token, approver=ctx.actor, now=ctx.clock())
    reason = f"approved by {ctx.actor}; requested by {record['requested_by']}"
    try:
        result = _EXECUTORS[record["tool"]](ctx, record["args"], reason)
    except MaitreError as exc:
        ctx.store.update_approval(token, status="failed", error=exc.message)
        raise
    ctx.store.update_approval(token, status="used", result=result.model_dump(mode="json"))
    return result


def deny(ctx: ToolContext, token: str) -> None:
    approvals.deny(ctx.store, token, approver=ctx.actor, now=ctx.clock())


def _decision(record: dict[str, Any], pending: ResultT | None, model: type[ResultT]) -> ResultT:
    """What a call carrying an approval token gets back: the result once done, or still pending."""
    status = record["status"]
    if status == "used":
        return model.model_validate({**record["result"], "message": f"Approved by {record['decided_by']} and done."})
    if status in {"denied", "failed"}:
        raise ApprovalRequired(f"The manager {status} this action; do not retry it without asking them.")
    waiting = f"Still waiting for a manager: maitre approve {record['token']}."
    if pending is None:
        raise ApprovalRequired(waiting)
    return pending.model_copy(update={"status": "pending", "approval_token": record["token"], "message": waiting})


# -- shared -----------------------------------------------------------------------------------------


def _scrub_outreach(ctx: ToolContext, draft: Draft, guest_ids: set[str], guest: Guest) -> None:
    """Once a guest opts out, their upcoming pre-visit notes lose any outreach bullet, including those booked
    under profiles merged into theirs earlier."""
    today = ctx.clock().date()
    family, pending = set(guest_ids), list(guest_ids)
    while pending:
        for earlier in ctx.store.merged_into(pending.pop()):
            if earlier not in family:
                family.add(earlier)
                pending.append(earlier)
    for guest_id in sorted(family):
        for booked in ctx.store.reservations_for_guest(guest_id):
            if booked.date < today or not guest.opted_out(booked.venue_id) or not is_outreach(booked.notes):
                continue
            reservation = draft.reservation(booked.id)
            reservation.notes = format_note(briefing.fit(note_bullets(reservation.notes), guest, reservation).bullets)


def _resolve(ctx: ToolContext, ref: str) -> Guest:
    """A guest by id, email or phone; several live profiles sharing an email resolve to the canonical."""
    ref = ref.strip()
    guest = ctx.store.get_guest(ref)
    if guest is not None:
        return guest
    if "@" in ref:
        key = email_key(ref)
        found = [g for g in ctx.store.guests_by_email(key) if not g.merged_into] if key else []
    else:
        e164 = phone_e164(ref, ctx.phone_region)
        found = [g for g in ctx.store.guests_by_phone(e164) if not g.merged_into] if e164 else []
    if not found:
        raise NotFound(f"No guest with id, email or phone {ref!r}; use lookup_guest to find them.")
    return choose_canonical(found)


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def _decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        kind, _, value = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if kind != "o" or int(value) < 0:
            raise ValueError
        return int(value)
    except ValueError:
        raise InvalidInput("That cursor is not one this tool returned; call again without it.") from None


TOOLS: tuple[Callable[..., BaseModel], ...] = (
    lookup_guest,
    find_duplicates,
    classify_survey_answer,
    patch_profile,
    write_previsit_note,
    merge_profiles,
    undo_change,
)
"""Every model-facing tool, in the order a model should consider them."""
