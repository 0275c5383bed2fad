-- Up Migration
-- Extractions beside the articles, keyed by article and extractor version: a replica that starts with the same
-- extractor merges these instead of running the NLP again; a new extractor version finds none of its own and
-- re-extracts (an old extraction is never served as new).
CREATE TABLE extractions (
  article_id text NOT NULL REFERENCES articles (id),
  extractor_version text NOT NULL,
  extraction json NOT NULL,
  PRIMARY KEY (article_id, extractor_version)
);

-- Down Migration
DROP TABLE extractions;
