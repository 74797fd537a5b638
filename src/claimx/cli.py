"""The `claimx` command: thin wrappers that parse arguments, call one function, render it."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from claimx import DEFAULT_MODEL, __version__
from claimx.io import FORMATS, RecordError, RecordWriter, format_for, read_records

logger = logging.getLogger("claimx")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from None


def _jobs(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=DEFAULT_MODEL,
                        help=f"installed spaCy pipeline to parse with (default {DEFAULT_MODEL})")
    parser.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                        help="date the texts were written, for relative dates "
                             "(default: NAME.meta.json 'published', dateline, or inferred)")
    parser.add_argument("-j", "--jobs", type=_jobs, default=os.cpu_count() or 1,
                        help="worker processes (default: all cores)")
    parser.add_argument("--from-list", metavar="FILE",
                        help="read input paths from FILE, one a line")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                        help="time limit per document (per 100,000 characters for longer ones); "
                             "a slower document fails alone (default 60)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar, no summary")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimx", description="Extract numeric claims from news text and score them.")
    parser.add_argument("--version", action="version", version=f"claimx {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", help="extract claim records from texts",
        description="Extract claim records from text files (directories are walked; "
                    "'-' reads standard input).")
    extract.add_argument("inputs", nargs="*", metavar="INPUT")
    extract.add_argument("-o", "--output", metavar="FILE",
                         help="write records to FILE (default: standard output)")
    extract.add_argument("--format", choices=FORMATS,
                         help="output format (default: from FILE's suffix, else jsonl)")
    extract.add_argument("--manifest", metavar="FILE",
                         help="write one JSON line per input: status, reason, encoding, claims")
    _add_run_options(extract)

    evaluate = commands.add_parser(
        "evaluate", help="score predictions (or texts, extracted first) against gold",
        description="Score claim records against hand-annotated gold. INPUT is a prediction "
                    "file (.jsonl/.csv/.parquet) or text files to extract first.")
    evaluate.add_argument("inputs", nargs="+", metavar="INPUT")
    evaluate.add_argument("--gold", required=True, metavar="DIR", help="folder of gold .jsonl")
    evaluate.add_argument("--corpus", metavar="DIR",
                          help="texts the gold annotates, to check gold spans against "
                               "(default: the given texts, else DIR/../corpus)")
    evaluate.add_argument("--format", choices=("text", "json"), default="text")
    _add_run_options(evaluate)

    gold = commands.add_parser("gold", help="gold file tools")
    gold_commands = gold.add_subparsers(dest="gold_command", required=True, metavar="COMMAND")
    check = gold_commands.add_parser(
        "check", help="validate gold files against their texts",
        description="Validate every gold file: JSON, fields and types, spans against the text.")
    check.add_argument("gold_dir", metavar="DIR")
    check.add_argument("--corpus", metavar="DIR",
                       help="folder of the texts (default: DIR/../corpus)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="claimx: %(message)s", stream=sys.stderr)
    try:
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "evaluate":
            return cmd_evaluate(args)
        return cmd_gold_check(args)
    except KeyboardInterrupt:
        print("claimx: interrupted; no output file was left behind", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`); nothing more to say
        return EXIT_OK


def _error(message: str) -> None:
    print(f"claimx: {message}", file=sys.stderr)


def _inputs(args: argparse.Namespace) -> list[tuple[str, bytes | None]] | None:
    """(path, data) pairs to process, or None after reporting a usage error."""
    from claimx.corpus import expand_inputs

    if args.from_list and not Path(args.from_list).is_file():
        _error(f"{args.from_list}: no such list file")
        return None
    paths = expand_inputs(list(args.inputs), args.from_list)
    if not paths:
        _error("no inputs: give text files, a directory, '-' for standard input, "
               "or --from-list FILE")
        return None
    if paths.count("-") > 1:
        _error("'-' (standard input) can be given only once")
        return None
    _warn_shared_doc_ids(paths)
    return [(p, sys.stdin.buffer.read() if p == "-" else None) for p in paths]


def _warn_shared_doc_ids(paths: list[str]) -> None:
    """The schema's doc_id is the file stem, so same-named files in two folders collide."""
    from collections import Counter

    from claimx.corpus import doc_id_for

    shared = [d for d, n in Counter(map(doc_id_for, paths)).items() if n > 1]
    if shared:
        logger.warning("%d doc_id(s) are shared by several inputs (same file name in different "
                       "folders), e.g. %r: their claim_ids collide; rename or extract the folders "
                       "separately if that matters", len(shared), shared[0])


def _outcomes(args: argparse.Namespace, inputs: list[tuple[str, bytes | None]]) -> Iterator[Any]:
    """Outcomes in input order, with a progress bar on a terminal and failures on stderr."""
    from claimx.batch import Settings, is_long, run
    from claimx.pipeline import ModelError, load_pipeline

    if args.jobs == 1 or len(inputs) <= 8:
        load_pipeline(args.model)  # fail fast on a bad --model, before any work
    else:
        _check_model(args.model)
    settings = Settings(args.model, args.reference_date, args.timeout)
    bar = None
    if not args.quiet and sys.stderr.isatty() and (len(inputs) > 1 or is_long(*inputs[0])):
        from tqdm import tqdm

        bar = tqdm(total=len(inputs), unit="file", file=sys.stderr, dynamic_ncols=True)
    words = 0
    started = time.perf_counter()
    try:
        for outcome in run(inputs, settings, args.jobs):
            if outcome.complete and outcome.status != "ok":
                _error(f"{outcome.path}: {outcome.reason}")
            words += outcome.words
            if bar is not None:
                rate = words / max(time.perf_counter() - started, 1e-9)
                bar.set_postfix_str(f"{words:,} words, {rate:,.0f} words/s", refresh=False)
                bar.update(1 if outcome.complete else 0)
            yield outcome
    except ModelError as exc:
        _error(str(exc))
        raise SystemExit(EXIT_USAGE) from None
    finally:
        if bar is not None:
            bar.close()


def _check_model(model: str) -> None:
    import importlib.util

    from claimx.pipeline import load_pipeline

    if not Path(model).exists() and importlib.util.find_spec(model) is None:
        load_pipeline(model)  # raises ModelError with the full message


def cmd_extract(args: argparse.Namespace) -> int:
    from claimx.pipeline import ModelError

    inputs = _inputs(args)
    if inputs is None:
        return EXIT_USAGE
    fmt = format_for(args.output, args.format)
    if fmt == "parquet" and not args.output:
        _error("Parquet is a binary format: give an output file with -o FILE.parquet")
        return EXIT_USAGE
    started = time.perf_counter()
    done = failed = words = 0
    manifest = _ManifestWriter(args.manifest) if args.manifest else None
    try:
        with RecordWriter(args.output, fmt) as writer:
            for outcome in _outcomes(args, inputs):
                writer.write(outcome.claims)  # a long input's claims, piece by piece
                words += outcome.words
                if not outcome.complete:
                    continue
                done += 1
                failed += outcome.status != "ok"
                if manifest:
                    manifest.write(outcome.manifest_row())
    except ModelError as exc:
        _error(str(exc))
        return EXIT_USAGE
    finally:
        if manifest:
            manifest.close()
    if not args.quiet:
        seconds = time.perf_counter() - started
        where = f" to {args.output}" if args.output else ""
        _error(f"{done} file(s) read, {failed} failed, {writer.count} claim(s) written{where} "
               f"({words:,} words in {seconds:.1f} s, {words / max(seconds, 1e-9):,.0f} words/s)")
    return EXIT_FAILED if failed else EXIT_OK


class _ManifestWriter:
    """One JSON line per input, written at the end like the records: complete or not at all."""

    def __init__(self, path: str):
        self.path = path
        self.rows: list[dict[str, Any]] = []

    def write(self, row: dict[str, Any]) -> None:
        self.rows.append(row)

    def close(self) -> None:
        tmp = f"{self.path}.{os.getpid()}.part"
        with open(tmp, "w", encoding="utf-8") as handle:
            for row in self.rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, self.path)


def _is_prediction_file(path: str) -> bool:
    return Path(path).suffix.lower() in {".jsonl", ".ndjson", ".json", ".csv", ".parquet", ".pq"}


def cmd_evaluate(args: argparse.Namespace) -> int:
    from claimx.evaluate import GoldError, evaluate, load_gold, render

    predictions_given = [p for p in args.inputs if _is_prediction_file(p)]
    texts: dict[str, str] = {}
    doc_ids: list[str] | None = None
    status = EXIT_OK
    if predictions_given:
        if len(predictions_given) != len(args.inputs):
            _error("give either prediction files or texts to extract, not both")
            return EXIT_USAGE
        predictions: list[dict[str, Any]] = []
        try:
            for path in predictions_given:
                predictions.extend(read_records(path))
        except (OSError, RecordError) as exc:
            _error(str(exc))
            return EXIT_FAILED
    else:
        inputs = _inputs(args)
        if inputs is None:
            return EXIT_USAGE
        predictions, doc_ids = [], []
        parts: list[dict[str, Any]] = []  # claims of the input being read, maybe in parts
        for outcome in _outcomes(args, inputs):
            parts.extend(c.to_dict() for c in outcome.claims)
            if not outcome.complete:
                continue
            if outcome.status == "ok":
                doc_ids.append(outcome.doc_id)
                predictions.extend(parts)
                texts[outcome.doc_id] = _read_text(outcome.path)
            else:
                status = EXIT_FAILED
            parts = []
    corpus = args.corpus or (None if texts else str(Path(args.gold).parent / "corpus"))
    if corpus:
        texts = {**_corpus_texts(corpus), **texts}
    try:
        gold = load_gold(args.gold, texts or None)
    except GoldError as exc:
        for problem in exc.problems:
            _error(problem)
        return EXIT_FAILED
    report = evaluate(predictions, gold, doc_ids)
    for warning in report.warnings:
        _error(warning)
    if not report.documents:
        _error("no document has both gold and predictions: nothing was scored")
        return EXIT_FAILED
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(render(report))
    return status


def _read_text(path: str) -> str:
    """The decoded text of an input that was already read once, to check gold spans on."""
    from claimx.corpus import decode

    return decode(Path(path).read_bytes(), path)[0] if path != "-" else ""


def _corpus_texts(folder: str) -> dict[str, str]:
    from claimx.corpus import InputError, decode

    texts = {}
    for path in sorted(Path(folder).glob("*.txt")):
        try:
            texts[path.stem] = decode(path.read_bytes(), str(path))[0]
        except InputError:
            continue
    return texts


def cmd_gold_check(args: argparse.Namespace) -> int:
    from claimx.evaluate import GoldError, load_gold

    corpus = args.corpus or str(Path(args.gold_dir).resolve().parent / "corpus")
    texts = _corpus_texts(corpus) if Path(corpus).is_dir() else {}
    if not texts:
        _error(f"{corpus}: no texts found; spans are checked for form only")
    try:
        gold = load_gold(args.gold_dir, texts)
    except GoldError as exc:
        for problem in exc.problems:
            _error(problem)
        _error(f"{len(exc.problems)} problem(s) in {args.gold_dir}")
        return EXIT_FAILED
    problems = [f"{args.gold_dir}/{doc_id}.jsonl: no text {doc_id}.txt in {corpus}"
                for doc_id in gold if texts and doc_id not in texts]
    problems += _unknown_units(args.gold_dir, gold)
    for problem in problems:
        _error(problem)
    if problems:
        return EXIT_FAILED
    claims = sum(len(records) for records in gold.values())
    print(f"{len(gold)} gold file(s), {claims} claims: ok")
    return EXIT_OK


def _unknown_units(gold_dir: str, gold: dict[str, list[dict[str, Any]]]) -> list[str]:
    from claimx.units import is_known_unit

    return [f"{gold_dir}/{doc_id}.jsonl: claim at {r['start']}: unit {r['unit']!r} is not in "
            f"claimx's unit table" for doc_id, records in gold.items() for r in records
            if r.get("unit") and not is_known_unit(r["unit"])]


if __name__ == "__main__":
    sys.exit(main())
