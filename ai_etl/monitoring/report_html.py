"""The report as one self-contained HTML file: plotly charts with plotly.js inlined from the wheel
(no CDN, no network when it is opened), a summary table per pipeline, and plain sentences where a
chart has no data. Built from a `ReportData` only; the command writes it atomically."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from html import escape

from ai_etl.monitoring.report_data import ReportData

PLOT_CONFIG = {"displaylogo": False, "responsive": True}
STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 1200px; color: #1f2933; padding: 0 1rem; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d9e2ec; padding-bottom: 0.3rem; }
.subtitle, .note { color: #52606d; } .chart { width: 100%; height: 380px; }
table { border-collapse: collapse; margin-top: 0.8rem; } th, td { padding: 0.35rem 0.8rem; border-bottom: 1px solid #e4e7eb; text-align: right; }
th:first-child, td:first-child { text-align: left; } .bad { color: #c81e1e; font-weight: 600; }
"""


def _naive_utc(moment: dt.datetime) -> str:
    """plotly.js reads 'YYYY-MM-DD HH:MM:SS' (an offset would make it a category): all times in UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat(sep=" ", timespec="seconds")


DAY_MS = 86_400_000


def _figure(data: ReportData, traces: list, title_y: str, daily: bool = False):
    """Every chart spans the report's whole period, so they line up; daily bars are a day wide."""
    import plotly.graph_objects as go

    figure = go.Figure(traces)
    start = data.since.date() if daily else data.since
    end = data.generated_at.date() + dt.timedelta(days=1) if daily else data.generated_at
    figure.update_layout(
        margin={"l": 60, "r": 20, "t": 20, "b": 40}, yaxis_title=title_y, legend_title_text="pipeline", template="plotly_white",
        hovermode="closest", showlegend=True, **({"barmode": "stack", "bargap": 0.15} if daily else {}),
    )  # fmt: skip
    figure.update_xaxes(type="date", range=[_naive_utc(start) if not daily else start.isoformat(), _naive_utc(end) if not daily else end.isoformat()],
                        title_text="day (UTC)" if daily else "time (UTC)", **({"tickformat": "%b %d"} if daily else {}))  # fmt: skip
    if daily:
        figure.update_traces(xperiod=DAY_MS, xperiodalignment="start", width=DAY_MS * 0.8, textposition="none")
    colors = _colors(data)
    figure.for_each_trace(lambda trace: trace.update(marker_color=colors.get(trace.name)))
    return figure


def _colors(data: ReportData) -> dict[str, str]:
    """One color per pipeline (or job) across every chart."""
    from plotly.colors import qualitative

    names = sorted({p.pipeline for p in data.runs} | {p.pipeline for p in data.volume} | {c.who for c in data.cost} | {a.pipeline for a in data.anomalies})
    palette = qualitative.Plotly
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}


def _by(items, key) -> dict[str, list]:
    grouped: dict[str, list] = defaultdict(list)
    for item in items:
        grouped[getattr(item, key)].append(item)
    return dict(sorted(grouped.items()))


def volume_chart(data: ReportData):
    import plotly.graph_objects as go

    traces = [go.Scatter(x=[_naive_utc(p.materialized_at) for p in points], y=[p.rows for p in points], name=pipeline, mode="lines+markers")
              for pipeline, points in _by(data.volume, "pipeline").items()]  # fmt: skip
    return _figure(data, traces, "rows in the target table")


def duration_chart(data: ReportData):
    import plotly.graph_objects as go

    traces = []
    for pipeline, runs in _by(data.runs, "pipeline").items():
        traces.append(go.Scatter(
            x=[_naive_utc(r.started_at) for r in runs], y=[r.duration_s for r in runs], name=pipeline, mode="lines+markers",
            marker={"symbol": ["x" if r.status == "FAILURE" else "circle" for r in runs], "size": [11 if r.status == "FAILURE" else 7 for r in runs]},
            text=[f"run {r.run_id[:8]}: {r.status.lower()}" + (f" ({r.failure_kind})" if r.failure_kind else "") for r in runs],
            hovertemplate="%{text}<br>%{y:.1f} s<extra>%{fullData.name}</extra>",
        ))  # fmt: skip
    return _figure(data, traces, "run duration (s); x = failed run")


def failures_chart(data: ReportData):
    import plotly.graph_objects as go

    traces = [go.Bar(x=[d.day.isoformat() for d in days], y=[d.failed for d in days], name=pipeline,
                     text=[f"{d.failed} of {d.runs} runs failed" for d in days], hovertemplate="%{text}<extra>%{fullData.name}</extra>")
              for pipeline, days in _by(data.failures, "pipeline").items()]  # fmt: skip
    return _figure(data, traces, "failed runs per day", daily=True)


def cost_chart(data: ReportData):
    import plotly.graph_objects as go

    priced = any(d.cost_usd for d in data.cost)  # models that report no price (the offline model, a local one): tokens instead
    traces = [go.Bar(x=[d.day.isoformat() for d in days], y=[d.cost_usd if priced else d.tokens for d in days], name=who,
                     text=[f"${d.cost_usd:.4f}: {d.calls} calls, {d.tokens:,} tokens" for d in days], hovertemplate="%{text}<extra>%{fullData.name}</extra>")
              for who, days in _by(data.cost, "who").items()]  # fmt: skip
    return _figure(data, traces, "LLM cost per day (USD)" if priced else "tokens per day (no model reported a price)", daily=True)


def anomalies_chart(data: ReportData):
    import plotly.graph_objects as go

    traces = [go.Bar(x=[d.day.isoformat() for d in days], y=[d.failed for d in days], name=pipeline,
                     text=[f"{d.failed} of {d.evaluated} anomaly checks failed" for d in days], hovertemplate="%{text}<extra>%{fullData.name}</extra>")
              for pipeline, days in _by(data.anomalies, "pipeline").items()]  # fmt: skip
    return _figure(data, traces, "anomalies found per day", daily=True)


SECTIONS = (
    # (anchor, title, what it shows, the data it needs, chart, what to say when there is none)
    ("volume", "Volume", "Rows in each pipeline's target table after each materialization.", "volume", volume_chart,
     "No materialization of a pipeline's target table was recorded in this period."),
    ("duration", "Duration", "Each run's duration, per pipeline; failed runs are marked x.", "runs", duration_chart, "No pipeline run was recorded in this period."),
    ("failures", "Failures", "Failed runs per day, per pipeline.", "failures", failures_chart, "No pipeline run was recorded in this period."),
    ("cost", "LLM cost", "Cost of model calls per day, per pipeline (calls outside a pipeline under their job: generate_pipeline, reflect); tokens when no model reported a price.", "cost", cost_chart,
     "No model call was recorded in this period."),
    ("anomalies", "Anomalies", "Failed anomaly checks per day, per pipeline (asset checks whose name contains 'anomal').", "anomalies", anomalies_chart,
     "No anomaly check was evaluated in this period."),
)  # fmt: skip


def summary_table(data: ReportData) -> str:
    cost = defaultdict(float)
    for day in data.cost:
        cost[day.who] += day.cost_usd
    last_rows = {point.pipeline: point.rows for point in data.volume}  # in time order: the last one wins
    rows = []
    for s in data.summaries:
        shown_rows = f"{last_rows[s.pipeline]:,}" if s.pipeline in last_rows else "–"
        bad = ' class="bad"' if s.failed else ""
        rows.append(
            f"<tr><td>{escape(s.pipeline)}</td><td>{s.runs:,}</td><td{bad}>{s.failed:,}</td><td>{s.success_rate * 100:.0f}%</td>"
            f"<td>{s.p50_duration_s:.1f} s</td><td>{s.p95_duration_s:.1f} s</td><td>{shown_rows}</td>"
            f"<td>${cost.get(s.pipeline, 0.0):.4f}</td><td>{escape(_naive_utc(s.last_run_at))}</td></tr>"
        )
    head = "<tr><th>pipeline</th><th>runs</th><th>failed</th><th>success</th><th>p50 duration</th><th>p95 duration</th><th>last rows</th><th>LLM cost</th><th>last run (UTC)</th></tr>"
    return f"<table id=\"summary\">{head}{''.join(rows)}</table>" if rows else '<p class="note">No pipeline run was recorded in this period.</p>'


def render_report(data: ReportData) -> str:
    """The whole page. With no telemetry at all it says so, and carries no script."""
    title = f"ai-etl report: project {data.project}"
    period = f"last {data.days} day(s), {_naive_utc(data.since)} to {_naive_utc(data.generated_at)} UTC, from ClickHouse database {data.database}"
    head = f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title><style>{STYLE}</style>'
    intro = f"<h1>{escape(title)}</h1><p class=\"subtitle\">{escape(period)}</p>"
    if data.empty:
        telemetry_job = f"{data.project}_ops_telemetry"
        body = (f'<p id="empty" class="note">No telemetry was recorded for project {escape(data.project)} in this period. Runs are recorded by the '
                f"<code>{escape(telemetry_job)}</code> job, which its sensor launches after runs end; materialize a pipeline, let it run "
                "(or launch it), then write the report again.</p>")  # fmt: skip
        return f"{head}</head><body>{intro}{body}</body></html>\n"
    from plotly.offline import get_plotlyjs

    parts = [intro, "<h2>Pipelines</h2>", summary_table(data)]
    for anchor, section, description, field, chart, none in SECTIONS:
        parts.append(f'<section id="{anchor}"><h2>{escape(section)}</h2><p class="note">{escape(description)}</p>')
        if getattr(data, field):
            parts.append(chart(data).to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{anchor}", config=PLOT_CONFIG, default_height="380px"))
        else:
            parts.append(f'<p class="note nodata">{escape(none)}</p>')
        parts.append("</section>")
    return f"{head}<script>{get_plotlyjs()}</script></head><body>{''.join(parts)}</body></html>\n"
