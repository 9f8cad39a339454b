"""`ai-etl cache stats|clear|lookup`: probe the cache without calling any model."""

from __future__ import annotations

import json
import warnings
from typing import TYPE_CHECKING

from ai_etl.errors import UserError

if TYPE_CHECKING:
    from ai_etl.project_files import ProjectFolder


def run_cache(folder: ProjectFolder, args) -> int:
    from ai_etl.agents.gateway import gateway_config
    from ai_etl.cache.semantic_cache import SemanticCache

    model = gateway_config(folder.project.llm).models[0].model
    with warnings.catch_warnings():  # said below as the command's one sentence, not as a Python warning
        warnings.simplefilter("ignore")
        cache = SemanticCache(folder.root / ".data" / "cache", model)
    if cache.problem and args.action != "clear":
        raise UserError(
            f"{cache.root / 'cache.db'} is not a semantic cache ai-etl can read ({cache.problem}); "
            "run `ai-etl cache clear` to start an empty one (generations work without it meanwhile)."
        )
    if args.action == "stats":
        stats = cache.stats()
        print(json.dumps(stats) if args.json else "\n".join(f"{k:>18}: {v}" for k, v in stats.items()))
        return 0
    if args.action == "clear":
        entries = cache.stats()["entries"]
        cache.clear()
        print(json.dumps({"cleared": entries}) if args.json else f"Cleared {entries} cached generation(s).")
        return 0
    if not args.request:
        raise UserError('`ai-etl cache lookup` needs the request to probe, e.g. ai-etl cache lookup "Load orders daily".')
    from ai_etl.agents.orchestrator import read_catalog, source_connector

    catalog = read_catalog(folder, source_connector(folder, args.request))
    found = cache.lookup(args.request, catalog)
    answer = {"hit": found.hit, "layer": found.layer, "matched": found.matched}
    if args.json:
        print(json.dumps(answer))
    else:
        print(f"hit ({found.layer}): {found.matched}" if found.hit else f"miss: {found.reason}")
    return 0
