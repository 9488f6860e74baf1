"""The report of an archive: one self-contained HTML page from the article records.

Counts, a timeline of visits per month, the network of regions (guest -> host, edges
weighted by the number of visits; networkx for the graph and its layout), the most frequent
officials and institutions, and the list of sources with links to their evidence view when
the text is at hand. Charts are plotly figures with plotly.js inlined once, so the page works
with no network. The figures' numbers are also embedded as JSON (``<script
id="report-data">``) for whoever wants them without reading the charts.

Records are read as plain dicts and aggregated in one pass; only the articles whose text is
given are validated into :class:`~visitparse.schema.Article` to be rendered.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from visitparse.merge.match import normalize
from visitparse.schema import Article
from visitparse.views.render import render_html

TOP = 20  # officials and institutions listed
MAX_EDGES = 150  # network edges drawn (the heaviest); the data block keeps them all
MAX_SOURCES = 20_000  # rows of the source table

Record = dict[str, Any]
TextLookup = Callable[[str], str | None]


@dataclass
class _Named:
    """Counts of one official or institution, under its normalized name."""

    visits: int = 0
    names: Counter[str] = field(default_factory=Counter)
    details: Counter[str] = field(default_factory=Counter)  # position / organization, or region


@dataclass
class Summary:
    """What the report shows, computed in one pass over the records."""

    articles: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    with_visits: int = 0
    visits: int = 0
    dated: int = 0
    months: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # month -> lang
    edges: Counter[tuple[str, str]] = field(default_factory=Counter)  # (guest, host)
    region_names: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    officials: dict[str, _Named] = field(default_factory=lambda: defaultdict(_Named))
    institutions: dict[str, _Named] = field(default_factory=lambda: defaultdict(_Named))
    sources: list[Record] = field(default_factory=list)

    def add(self, article: Record) -> None:
        self.articles += 1
        lang = str(article.get("language") or "?")
        self.languages[lang] += 1
        visits = article.get("visits") or []
        self.with_visits += bool(visits)
        for visit in visits:
            self._add_visit(visit, lang, article.get("published"))
        if len(self.sources) < MAX_SOURCES:
            self.sources.append(
                {k: article.get(k) for k in ("doc_id", "url", "title", "published", "language")}
                | {"visits": len(visits)}
            )

    def _add_visit(self, visit: Record, lang: str, published: str | None) -> None:
        self.visits += 1
        month = visit_month(visit.get("start_date"), published)
        self.dated += visit.get("start_date") is not None
        if month:
            self.months[month][lang] += 1
        regions = visit.get("regions") or []
        for r in regions:
            self.region_names[r["code"]][r.get("name") or r["code"]] += 1
        guests = sorted({r["code"] for r in regions if r.get("role") == "guest"})
        hosts = sorted({r["code"] for r in regions if r.get("role") == "host"})
        for guest in guests:
            for host in hosts:
                if guest != host:
                    self.edges[guest, host] += 1
        for o in {normalize(o["name"]): o for o in visit.get("officials") or []}.values():
            entry = self.officials[normalize(o["name"])]
            entry.visits += 1
            entry.names[o["name"]] += 1
            detail = ", ".join(x for x in (o.get("position"), o.get("organization")) if x)
            if detail:
                entry.details[detail] += 1
        for i in {normalize(i["name"]): i for i in visit.get("institutions") or []}.values():
            entry = self.institutions[normalize(i["name"])]
            entry.visits += 1
            entry.names[i["name"]] += 1

    def region_name(self, code: str) -> str:
        names = self.region_names.get(code)
        return names.most_common(1)[0][0] if names else code


def visit_month(start_date: str | None, published: str | None) -> str | None:
    """``YYYY-MM`` of a visit: its start, its publication's year for ``XXXX``, else its publication."""
    if start_date and not start_date.startswith("XXXX"):
        return start_date[:7]
    if start_date and published:
        return f"{published[:4]}-{start_date[5:7]}"
    return published[:7] if published else None


def _top(table: dict[str, _Named]) -> list[Record]:
    ranked = sorted(table.items(), key=lambda kv: (-kv[1].visits, kv[0]))[:TOP]
    return [
        {
            "name": entry.names.most_common(1)[0][0],
            "visits": entry.visits,
            "detail": entry.details.most_common(1)[0][0] if entry.details else None,
        }
        for _, entry in ranked
    ]


def report_data(summary: Summary) -> Record:
    """The numbers behind every chart and table of the report."""
    months = sorted(summary.months)
    languages = sorted({lang for counts in summary.months.values() for lang in counts})
    return {
        "counts": {
            "articles": summary.articles,
            "articles_with_visits": summary.with_visits,
            "visits": summary.visits,
            "dated_visits": summary.dated,
            "languages": dict(sorted(summary.languages.items())),
            "regions": len(summary.region_names),
            "officials": len(summary.officials),
            "institutions": len(summary.institutions),
        },
        "timeline": {
            "months": months,
            "visits": {lang: [summary.months[m][lang] for m in months] for lang in languages},
        },
        "edges": [
            {"guest": g, "host": h, "weight": w}
            for (g, h), w in sorted(summary.edges.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "regions": {code: summary.region_name(code) for code in sorted(summary.region_names)},
        "officials": _top(summary.officials),
        "institutions": _top(summary.institutions),
    }


def _figure_html(fig: go.Figure, div_id: str, height: int = 420) -> str:
    fig.update_layout(template="plotly_white", margin={"l": 40, "r": 20, "t": 40, "b": 40}, height=height)
    html: str = fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        config={"responsive": True, "displaylogo": False},
    )
    return html


def timeline_figure(data: Record) -> go.Figure:
    timeline = data["timeline"]
    fig = go.Figure(
        [go.Bar(name=lang, x=timeline["months"], y=ys) for lang, ys in timeline["visits"].items()]
    )
    fig.update_layout(barmode="stack", title="Visits per month", xaxis_type="category")
    return fig


def network_figure(data: Record) -> go.Figure:
    """Regions as nodes, guest -> host edges as arrows whose width grows with the visit count."""
    edges = data["edges"][:MAX_EDGES]
    graph = nx.DiGraph()
    for e in edges:
        graph.add_edge(e["guest"], e["host"], weight=e["weight"])
    pos = nx.spring_layout(graph, seed=17) if graph else {}
    heaviest = max((e["weight"] for e in edges), default=1)
    fig = go.Figure()
    for e in edges:
        (x0, y0), (x1, y1) = pos[e["guest"]], pos[e["host"]]
        fig.add_annotation(
            x=float(x1), y=float(y1), ax=float(x0), ay=float(y0), xref="x", yref="y", axref="x", ayref="y",
            showarrow=True, arrowhead=2, arrowsize=0.9, arrowcolor="rgba(90,90,140,0.55)",
            arrowwidth=1.5 + 4.5 * (e["weight"] - 1) / max(heaviest - 1, 1), standoff=8, text="",
        )  # fmt: skip
    nodes = sorted(graph.nodes)
    degree = dict(graph.degree(weight="weight"))
    fig.add_trace(
        go.Scatter(
            x=[float(pos[n][0]) for n in nodes],
            y=[float(pos[n][1]) for n in nodes],
            mode="markers+text",
            text=nodes,
            textposition="top center",
            hovertext=[f"{data['regions'].get(n, n)}: {degree[n]} visits" for n in nodes],
            hoverinfo="text",
            marker={"size": [8 + 3 * min(degree[n], 10) for n in nodes], "color": "#1f77b4"},
            name="regions",
        )
    )
    fig.update_layout(
        title="Regions: guest → host", showlegend=False, xaxis_visible=False, yaxis_visible=False
    )
    return fig


def _bar_figure(rows: list[Record], title: str) -> go.Figure:
    rows = rows[::-1]  # plotly draws the first bar at the bottom
    fig = go.Figure(go.Bar(x=[r["visits"] for r in rows], y=[r["name"] for r in rows], orientation="h"))
    fig.update_layout(title=title, yaxis_automargin=True)
    return fig


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _counts_html(counts: Record) -> str:
    langs = ", ".join(f"{escape(k)} {v}" for k, v in counts["languages"].items())
    cells = [
        ("articles", counts["articles"]),
        ("with a visit", counts["articles_with_visits"]),
        ("visits", counts["visits"]),
        ("dated visits", counts["dated_visits"]),
        ("regions", counts["regions"]),
        ("officials", counts["officials"]),
        ("institutions", counts["institutions"]),
    ]
    tiles = "".join(f'<div class="tile"><b>{v:,}</b><span>{k}</span></div>' for k, v in cells)
    return f'<div class="tiles">{tiles}</div><p>Languages: {langs}</p>'


def _edges_html(data: Record) -> str:
    rows = [
        [escape(f"{data['regions'].get(e['guest'], '')} ({e['guest']})"),
         escape(f"{data['regions'].get(e['host'], '')} ({e['host']})"), str(e["weight"])]
        for e in data["edges"][:TOP]
    ]  # fmt: skip
    return _table(["guest", "host", "visits"], rows)


def _named_html(rows: list[Record], detail: str) -> str:
    return _table(
        ["name", detail, "visits"],
        [[escape(r["name"]), escape(r["detail"] or ""), str(r["visits"])] for r in rows],
    )


def _sources_html(sources: list[Record], renders: dict[str, str]) -> str:
    rows = []
    for s in sources:
        doc_id = str(s.get("doc_id") or "")
        view = renders.get(doc_id)
        url = s.get("url")
        rows.append(
            [
                f'<a href="{escape(view)}">{escape(doc_id)}</a>' if view else escape(doc_id),
                escape(s.get("published") or ""),
                escape(s.get("language") or ""),
                str(s["visits"]),
                escape(s.get("title") or ""),
                f'<a href="{escape(url)}">{escape(url)}</a>' if url else "",
            ]
        )
    return _table(["document", "published", "lang", "visits", "title", "url"], rows)


REPORT_CSS = """
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1280px;padding:0 20px 40px;color:#222}
h1{margin:18px 0 6px}h2{margin-top:28px;border-bottom:1px solid #ddd}
.tiles{display:flex;flex-wrap:wrap;gap:10px}
.tile{background:#f3f6f9;border-radius:6px;padding:10px 16px;min-width:110px}
.tile b{display:block;font-size:24px}.tile span{color:#555;font-size:13px}
.row{display:flex;gap:20px}.row>div{flex:1;min-width:0}
table{border-collapse:collapse;width:100%;font-size:13px}
td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
.sources{max-height:480px;overflow:auto}
"""


def _json_script(data: Record) -> str:
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="report-data">{payload}</script>'


def report_html(
    summary: Summary, *, title: str = "visitparse report", renders: dict[str, str] | None = None
) -> str:
    """The page of :class:`Summary`; ``renders`` maps a ``doc_id`` to the link of its evidence view."""
    data = report_data(summary)
    sections = [
        f"<h1>{escape(title)}</h1>",
        _counts_html(data["counts"]),
        "<h2>Timeline</h2>",
        _figure_html(timeline_figure(data), "timeline"),
        "<h2>Regions</h2>",
        _figure_html(network_figure(data), "network", height=560),
        _edges_html(data),
        "<h2>Officials and institutions</h2>",
        _figure_html(_bar_figure(data["officials"], "Officials"), "officials"),
        _figure_html(_bar_figure(data["institutions"], "Institutions"), "institutions"),
        f'<div class="row"><div>{_named_html(data["officials"], "position, organization")}</div>'
        f"<div>{_named_html(data['institutions'], '')}</div></div>",
        f"<h2>Sources ({summary.articles:,})</h2>",
        f'<div class="sources">{_sources_html(summary.sources, renders or {})}</div>',
    ]
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{REPORT_CSS}</style><script>{get_plotlyjs()}</script></head><body>"
        f"{''.join(sections)}{_json_script(data)}</body></html>"
    )


def _article_for_view(record: Record) -> Article:
    """The record as an :class:`Article` without its entity mentions: the view does not show them,
    and validating them is most of the cost."""
    return Article.model_validate(
        {k: v for k, v in record.items() if k not in ("entities", "nested_entities")}
    )


_UNSAFE = re.compile(r"[^\w.-]+")


def render_sources(
    records: Iterable[Record], texts: TextLookup, out_dir: Path, link_base: str
) -> dict[str, str]:
    """Evidence views of the records whose text ``texts`` finds, written to ``out_dir``: {doc_id: link}."""
    links: dict[str, str] = {}
    for record in records:
        doc_id = record.get("doc_id")
        if not isinstance(doc_id, str) or doc_id in links:
            continue
        text = texts(doc_id)
        if text is None:
            continue
        name = _UNSAFE.sub("_", doc_id).strip("_")[:120] + f"-{len(links)}.html"
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / name).write_text(render_html(_article_for_view(record), text), encoding="utf-8")
        links[doc_id] = f"{link_base}/{name}"
    return links
