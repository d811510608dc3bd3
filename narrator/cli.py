"""The command line: thin click commands over the pipeline. Only this module imports click."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import time
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from . import __version__
from .errors import NarratorError

DEFAULT_OUT = "output"
COLOURS = ("cyan", "yellow", "magenta", "green", "blue", "red", "bright_cyan", "bright_yellow",
           "bright_magenta", "bright_green", "bright_blue", "bright_red")


@contextmanager
def errors() -> Iterator[None]:
    """Turn NarratorError into a one-line error and narrator's warnings into `warning:` lines.

    Only UserWarning is shown: a ResourceWarning or DeprecationWarning from a library is
    noise to a user, and arrives whenever the garbage collector happens to run.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("ignore")
        warnings.simplefilter("always", UserWarning)
        try:
            yield
        except NarratorError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:  # a disk or permission problem no stage put into words
            from .errors import os_problem

            where = f"using {exc.filename}" if exc.filename else "reading or writing files"
            raise click.ClickException(str(os_problem(exc, where))) from None
        except sqlite3.OperationalError as exc:
            hint = "free some disk space and try again" if "full" in str(exc) else "run `narrator doctor`"
            raise click.ClickException(f"the catalog could not be updated ({exc}): {hint}") from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; nothing half-written was kept") from None
        finally:
            for w in caught:
                if issubclass(w.category, UserWarning):
                    click.echo(f"warning: {w.message}", err=True)


def parse_overrides(values: tuple[str, ...]) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, voice = value.partition("=")
        if not sep or not name.strip() or not voice.strip():
            raise click.BadParameter(f"{value!r} is not NAME=VOICE, e.g. \"Ben Wallace=gmw/en-gb-x-rp\"")
        pairs[name.strip()] = voice.strip()
    return pairs


def _read(article: str, timeout: float, title: str | None = None, publication: str | None = None):
    """Read ARTICLE; --title/--publication win over what the article itself declares."""
    from dataclasses import replace

    from .ingest import MAX_BYTES, read_article

    # One byte over the limit is enough for ingest to refuse it: never hold a whole dump in memory.
    stdin = sys.stdin.buffer.read(MAX_BYTES + 1) if article == "-" else None
    raw = read_article(article, stdin, timeout=timeout)
    overrides = {k: v.strip() for k, v in (("title", title), ("publication", publication)) if v and v.strip()}
    return replace(raw, **overrides) if overrides else raw


def _cast(cast: str | None):
    from .cast import load_cast

    return load_cast(cast, search=[Path("voices")])


cast_option = click.option("--cast", "cast", metavar="CAST", help="Cast file, or NAME of voices/NAME.toml.")
voice_option = click.option(
    "--voice", "voice", multiple=True, metavar="NAME=VOICE", help="Give a speaker a voice (repeatable)."
)
out_option = click.option(
    "--out", "out", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False, path_type=Path),
    help="Podcast folder: episodes, catalog, settings and feed.",
)

title_option = click.option(
    "--title", metavar="TEXT", help="The article's headline, when narrator picks the wrong line.")
publication_option = click.option(
    "--publication", metavar="NAME", help="The outlet that published the article, when narrator cannot tell.")
keep_option = click.option(
    "--keep", multiple=True, metavar="PATTERN",
    help="Read lines matching PATTERN (a regular expression, any case) that narrator would drop (repeatable).")
drop_option = click.option(
    "--drop", multiple=True, metavar="PATTERN",
    help="Never read lines matching PATTERN (repeatable); `script --explain` shows what is dropped.")
timeout_option = click.option(
    "--timeout", default=20.0, show_default=True, type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
    help="How long to wait for a web page when ARTICLE is a URL.")


def article_options(command):
    """The options every command that reads articles shares."""
    for option in reversed((cast_option, voice_option, title_option, publication_option, keep_option,
                            drop_option, timeout_option)):
        command = option(command)
    return command


@click.group()
@click.version_option(__version__, prog_name="narrator")
def cli() -> None:
    """Turn news articles into podcast episodes, with a voice for every speaker."""


@cli.command()
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print the script as one JSON object.")
@click.option("--explain", is_flag=True, help="Also list the dropped lines and why.")
@article_options
def script(article: str, as_json: bool, explain: bool, cast: str | None, voice: tuple[str, ...],
           title: str | None, publication: str | None, keep: tuple[str, ...], drop: tuple[str, ...],
           timeout: float) -> None:
    """Show what would be spoken, and in which voice, without synthesising.

    ARTICLE is a text, Markdown or HTML file, an http(s) URL, or - for standard input.
    """
    overrides = parse_overrides(voice)
    with errors():
        from .pipeline import make_script, plan

        chosen = _cast(cast)
        planned = plan(make_script(_read(article, timeout, title, publication), keep, drop), chosen,
                       overrides=overrides)
    s = planned.script
    if as_json:
        click.echo(json.dumps({
            "title": s.title,
            "publication": s.publication,
            "segments": [
                {"kind": ln.segment.kind, "speaker": ln.segment.speaker, "voice": ln.voice.id,
                 "text": ln.segment.text, **({"spoken": ln.segment.spoken} if ln.segment.spoken else {})}
                for ln in planned.lines
            ],
            "dropped": [{"line": d.line, "reason": d.reason} for d in s.dropped],
        }, ensure_ascii=False))
        return
    click.echo(click.style(s.title, bold=True) + (f"  ({s.publication})" if s.publication else ""))
    for ln in planned.lines:
        who = ln.segment.speaker or ("narrator" if ln.segment.kind == "narration" else "unattributed")
        colour = "white" if ln.segment.kind == "narration" else COLOURS[zlib.crc32(ln.voice.id.encode()) % len(COLOURS)]
        click.echo(click.style(f"[{who} · {ln.voice.id}] ", fg=colour, bold=True) + click.style(ln.segment.text, fg=colour))
    if explain:
        click.echo(click.style(f"\nDropped {len(s.dropped)} lines:", bold=True))
        for d in s.dropped:
            click.echo(f"  {d.reason:<12} {d.line}")


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@out_option
@article_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or notes on stderr; errors still show.")
def add(articles: tuple[str, ...], out: Path, cast: str | None, voice: tuple[str, ...],
        title: str | None, publication: str | None, keep: tuple[str, ...], drop: tuple[str, ...],
        timeout: float, quiet: bool) -> None:
    """Narrate ARTICLES into episodes in the podcast folder and update its feed.

    Each ARTICLE is a text, Markdown or HTML file, an http(s) URL, or - for standard input.
    """
    overrides = parse_overrides(voice)
    if title and len(articles) > 1:
        raise click.UsageError("--title names one article's headline: give it with one ARTICLE at a time")
    bar = None if quiet or not sys.stderr.isatty() else ProgressLine(sys.stderr)
    with errors():
        from .synth import SpeechPool

        pool = SpeechPool().start()  # the speech workers boot while the articles are read and parsed
        with pool:
            from .pipeline import add_articles

            chosen = _cast(cast)
            raws = [_read(a, timeout, title, publication) for a in articles]
            note = bar.note if bar else (lambda m: None) if quiet else (lambda m: click.echo(m, err=True))
            try:
                added = add_articles(raws, out, chosen, overrides, report=note, progress=bar, pool=pool,
                                     keep=keep, drop=drop)
            finally:
                if bar:
                    bar.close()
    _warn_problems(out)  # a warning, not a progress note: shown with --quiet too
    for item in added:
        ep = item.episode
        verb = "added" if item.new else "updated"
        minutes, seconds = divmod(round(ep.duration_ms / 1000), 60)
        click.echo(f"{verb}: {ep.title} ({minutes}:{seconds:02d}) -> {out / ep.mp3}")
        if item.unchanged:
            click.echo("  audio unchanged: nothing synthesised or encoded")
        else:
            click.echo(f"  {item.synthesised} segments synthesised, {item.cached} from cache")
    click.echo(f"feed: {out / 'feed.xml'}")


def _warn_problems(out: Path) -> None:
    """After an add, point at what an earlier crash left behind (never at another run's work in progress)."""
    from .doctor import check
    from .synth import cache_dir

    try:
        problems = [p for p in check(out, cache=cache_dir()) if not p.recent]
    except NarratorError:
        return
    if problems:
        click.echo(f"warning: {out} has {len(problems)} problem(s), e.g. {problems[0]}; "
                   f"`narrator doctor --out {out} --fix` repairs them", err=True)


@cli.command()
@out_option
@click.option("--fix", is_flag=True, help="Repair what can be repaired (delete leftovers, update catalog and feed).")
def doctor(out: Path, fix: bool) -> None:
    """Check the podcast folder's files against its catalog and feed."""
    with errors():
        from .doctor import check
        from .synth import cache_dir

        problems = check(out, fix=fix, cache=cache_dir())
    for problem in problems:
        click.echo(str(problem))
    left = [p for p in problems if not p.fixed]
    if not problems:
        click.echo(f"ok: {out} is consistent")
    elif left:
        hint = "" if fix else f"; `narrator doctor --out {out} --fix` repairs what it can"
        raise click.ClickException(f"{len(left)} problem(s) left in {out}{hint}")


class ProgressLine:
    """A one-line progress display for `narrator add`, redrawn in place on a terminal.

    Called with pipeline.Progress for every encoded segment: shows the batch (when
    there is more than one article) and the first unfinished episode, each as a bar.
    """

    def __init__(self, stream: TextIO, min_interval: float = 0.1) -> None:
        self.stream = stream
        self.min_interval = min_interval
        self.episodes: dict[int, tuple[str, int, int]] = {}  # index -> (title, done, total)
        self.count = 0
        self._drawn = 0.0
        self._width = 0

    def __call__(self, p: Any) -> None:
        self.count = p.episodes
        self.episodes[p.episode] = (p.title, p.done, p.total)
        now = time.monotonic()
        if p.done in (0, p.total) or now - self._drawn >= self.min_interval:
            self._drawn = now
            self._draw(self.render())

    def render(self) -> str:
        width = max(40, shutil.get_terminal_size((80, 24)).columns - 1)
        open_ = [i for i, (_t, d, n) in sorted(self.episodes.items()) if d < n]
        index = open_[0] if open_ else max(self.episodes, default=0)
        title, done, total = self.episodes.get(index, ("", 0, 0))
        parts = []
        if self.count > 1:
            share = sum(d / n for _t, d, n in self.episodes.values() if n) / self.count
            parts.append(f"[{index + 1}/{self.count}] {_bar(share, 12)} {share:4.0%}")
        episode = f"{_bar(done / total if total else 1, 20)} {done}/{total}"
        room = width - len(" ".join(parts)) - len(episode) - 3
        parts.append(_shorten(title, max(room, 8)))
        parts.append(episode)
        return "  ".join(parts)[:width]

    def note(self, message: str) -> None:
        """Print a line above the bar."""
        self._draw("")
        self.stream.write(message + "\n")
        if self.episodes:
            self._draw(self.render())

    def close(self) -> None:
        self._draw("")

    def _draw(self, line: str) -> None:
        self.stream.write("\r" + line.ljust(self._width) + ("\r" if not line else ""))
        self.stream.flush()
        self._width = len(line)


def _bar(share: float, width: int) -> str:
    full = round(max(0.0, min(1.0, share)) * width)
    return "█" * full + "░" * (width - full)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@cli.command()
@cast_option
def voices(cast: str | None) -> None:
    """List the engine's voices and the active cast, and say which are missing."""
    with errors():
        from .cast import check_voice
        from .synth import engine_variants, engine_voices

        available = engine_voices()
        variants = engine_variants()
        active = _cast(cast)
    click.echo(click.style(f"Engine voices ({len(available)}):", bold=True))
    for vid, name in available:
        click.echo(f"  {vid:<28} {name}")
    click.echo(click.style("Variants (append with +): ", bold=True) + " ".join(variants))
    click.echo(click.style(f"\nCast {active.name!r}:", bold=True))
    missing = 0
    for role, v in [("narrator", active.narrator)] + [(f"pool/{v.gender}", v) for v in active.pool]:
        try:
            check_voice(v.id, [a for a, _ in available], variants)
            state = "ok"
        except NarratorError as exc:
            state, missing = click.style(f"MISSING: {exc}", fg="red"), missing + 1
        click.echo(f"  {role:<13} {v.id:<26} rate {v.rate} pitch {v.pitch}  {state}")
    if missing:
        raise click.ClickException(f"{missing} cast voice(s) missing on this machine")


@cli.command()
@out_option
@click.option("--title", help="Podcast title.")
@click.option("--author", help="Podcast author (also the artist of episodes without a publication).")
@click.option("--description", help="Podcast description.")
@click.option("--language", help="Language tag, e.g. en-gb.")
@click.option("--base-url", "base_url", help="Absolute URL the podcast folder is served from.")
@click.option("--email", help="Owner e-mail for podcast directories.")
def config(out: Path, **changes: str | None) -> None:
    """Show or change the podcast settings (stored in OUT/podcast.toml)."""
    changes = {k: v for k, v in changes.items() if v is not None}
    with errors():
        from .settings import load_settings, update_settings

        out.mkdir(parents=True, exist_ok=True)
        settings = update_settings(out, **changes) if changes else load_settings(out)
        if changes and (out / "catalog.sqlite3").exists():
            from .pipeline import rebuild_feed

            rebuild_feed(out)
    for key, value in settings.__dict__.items():
        click.echo(f"{key:<12} {value}")


def _duration(ms: int) -> str:
    minutes, seconds = divmod(round(ms / 1000), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@cli.command("list")
@out_option
def list_(out: Path) -> None:
    """List the episodes, newest first: date, duration, title and slug."""
    with errors():
        from .pipeline import list_episodes

        episodes = list_episodes(out)
    if not episodes:
        click.echo(f"no episodes in {out}")
    for ep in episodes:
        click.echo(f"{ep.published[:10]}  {_duration(ep.duration_ms):>7}  {ep.title}  {click.style(ep.slug, dim=True)}")


@cli.command()
@click.argument("episode")
@out_option
def remove(episode: str, out: Path) -> None:
    """Delete EPISODE (a GUID or slug from `narrator list`), its files, and its feed entry."""
    with errors():
        from .pipeline import remove_episode

        removed = remove_episode(out, episode)
    click.echo(f"removed: {removed.episode.title}")
    for path in removed.files:
        click.echo(f"deleted: {path}")
    click.echo(f"feed: {out / 'feed.xml'}")


@cli.command()
@out_option
def feed(out: Path) -> None:
    """Write feed.xml again from the catalog and the podcast settings."""
    with errors():
        from .pipeline import rebuild_feed

        path = rebuild_feed(out)
    click.echo(f"feed: {path}")


@cli.command()
@out_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 lets phones on your network connect.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
def serve(out: Path, host: str, port: int) -> None:
    """Serve the podcast folder over HTTP for podcast apps, until Ctrl-C."""
    with errors():
        from .serve import open_server, serve as serve_forever

        server = open_server(out, host, port, log=lambda msg: click.echo(msg, err=True))
    click.echo(f"serving {out} at {server.url} (Ctrl-C to stop)")
    click.echo(f"in your podcast app, add: {server.feed_url()}")
    if server.everywhere:
        click.echo("  (a guess at this computer's address on your network; the phone must be on it too)")
    elif server.local_only:
        click.echo("  (only this computer can reach it; use --host 0.0.0.0 for your phone)")
    serve_forever(server)
    click.echo("stopped")


def main() -> None:
    cli(prog_name="narrator")


if __name__ == "__main__":  # pragma: no cover
    main()
