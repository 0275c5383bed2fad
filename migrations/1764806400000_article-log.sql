-- Up Migration
-- The article log: append-only, merged by every replica in sequence order. The two unique constraints are the
-- refusals of addArticle (DUPLICATE_ID, DUPLICATE_TEXT): two replicas taking the same article at once add it once.
CREATE TABLE articles (
  sequence bigserial PRIMARY KEY,
  id text NOT NULL CONSTRAINT articles_id_unique UNIQUE,
  -- textFingerprint(text): sha256 of the text with white space collapsed, as the folder mode compares texts.
  text_hash text NOT NULL CONSTRAINT articles_text_hash_unique UNIQUE,
  text text NOT NULL,
  title text,
  outlet text,
  url text,
  published_at text,
  -- json, not jsonb: the keys stay in the order they were given.
  metadata json NOT NULL DEFAULT '{}',
  added_by text,
  added_at timestamptz NOT NULL DEFAULT now()
);

-- Replicas LISTEN on this channel; the payload is the new sequence (a hint: they read the log by sequence).
CREATE FUNCTION articles_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('articles', NEW.sequence::text);
  RETURN NULL;
END;
$$;
CREATE TRIGGER articles_notify AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION articles_notify();

-- Down Migration
DROP TRIGGER articles_notify ON articles;
DROP FUNCTION articles_notify();
DROP TABLE articles;
