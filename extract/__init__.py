"""Reading articles and extracting actors and events from them with spaCy.

Stages: `ingest` turns files into `Article` records; the spaCy components in `actors` and
`events` find actors and events; `pipeline` runs them over batches and returns one
`ArticleExtraction` per article. Nothing here knows about RDF: that is `graph/`.
"""
__version__ = "0.1.0"
