"""Cross-article event clusters over HTTP: the clusters, one cluster with its mentions, an event's cluster.

A cluster is one real-world event as several articles (or several sentences of one) report it; see
``tidings.analysis.dedup``. Each mention comes with its offsets into its article, the article's
title and the sentence's text, so that a page can quote every report without loading the articles.
"""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from tidings.analysis.dedup import Cluster, ClusterFilter, ClusterMention, cluster_of, clusters, clusters_of, count_clusters, mentions
from tidings.store import Store
from tidings.web.routes import answer, parse_query, query_parameters

router = APIRouter(prefix="/api")

MAX_IDS = 200  # events per lookup of GET /api/events/clusters


class ClusterQuery(ClusterFilter):
    """The parameters of GET /api/clusters: those of ``ClusterFilter``; other parameters are ignored."""

    model_config = ConfigDict(extra="ignore")


class MentionView(ClusterMention):
    """A mention with what a reader needs to recognise it: its article's title and its sentence's text."""

    title: Optional[str] = Field(None, description="the article's title")
    sentence_text: str = Field("", description="the text of the sentence from sentence_start to sentence_end")


class ClusterDetail(BaseModel):
    cluster: Cluster
    mentions: list[MentionView]


class ClusterBrief(BaseModel):
    cluster_id: str
    num_articles: int
    num_mentions: int


@router.get("/clusters", openapi_extra={"parameters": query_parameters(ClusterQuery)})
async def cluster_list(request: Request) -> Response:
    """Event clusters (one real-world event reported by one or more articles), filtered, newest first by default."""
    f = parse_query(ClusterQuery, request)

    def compute(store: Store) -> dict:
        items = clusters(store, f)
        return {"total": count_clusters(store, f), "limit": f.limit, "offset": f.offset, "items": items}

    return await answer(request, compute)


@router.get("/clusters/{cluster_id}", response_model=ClusterDetail)
async def cluster_detail(request: Request, cluster_id: str = Path(..., max_length=128)) -> Response:
    """One cluster and every mention of it, oldest publication first, with offsets, titles and sentences."""
    return await answer(request, lambda store: _detail(store, cluster_id))


@router.get("/events/clusters")
async def event_clusters(request: Request, ids: str = Query(..., max_length=200 * 130, description="comma-separated event ids")) -> Response:
    """For each of up to 200 events, its cluster's id and size (events in no cluster are left out)."""
    wanted = list(dict.fromkeys(i for i in ids.split(",") if i))
    if len(wanted) > MAX_IDS:
        raise HTTPException(422, f"at most {MAX_IDS} ids")

    def compute(store: Store) -> dict:
        return {"items": {event_id: ClusterBrief(cluster_id=c.id, num_articles=c.num_articles, num_mentions=c.num_mentions)
                          for event_id, c in clusters_of(store, wanted).items()}}

    return await answer(request, compute)


@router.get("/events/{event_id}/cluster", response_model=Cluster)
async def event_cluster(request: Request, event_id: str = Path(..., max_length=128)) -> Response:
    """The cluster an event belongs to (404 when it is in none, e.g. clustering has not run since it was stored)."""
    def compute(store: Store) -> Cluster:
        found = cluster_of(store, event_id)
        if found is None:
            raise HTTPException(404, f"no cluster holds an event with id {event_id!r}")
        return found

    return await answer(request, compute)


def _detail(store: Store, cluster_id: str) -> ClusterDetail:
    found = mentions(store, cluster_id)
    cluster = cluster_of(store, found[0].event_id) if found else None
    if cluster is None or cluster.id != cluster_id:
        raise HTTPException(404, f"no cluster with id {cluster_id!r}")
    documents = {article_id: store.document(article_id) for article_id in {m.article_id for m in found}}
    views = []
    for m in found:
        doc = documents[m.article_id]
        views.append(MentionView(**m.model_dump(), title=doc.title if doc else None,
                                 sentence_text=doc.text[m.sentence_start : m.sentence_end] if doc else ""))
    return ClusterDetail(cluster=cluster, mentions=views)
