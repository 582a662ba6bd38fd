-- Why: residents leave opinions on a public notice without logging in; they are stored with the batch,
-- rate-limited by a hash of the address (never the address itself) and shown only after moderation.
CREATE TABLE notice_opinions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES notice_batches (id) ON DELETE CASCADE,
  proposal_id bigint REFERENCES naming_proposals (id) ON DELETE CASCADE,
  author_name text CHECK (length(author_name) <= 50),
  contact text CHECK (length(contact) <= 100),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
  stance text NOT NULL DEFAULT 'comment' CHECK (stance IN ('support', 'object', 'comment')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'hidden')),
  client_hash text NOT NULL,
  moderated_by text,
  moderated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'anonymous',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'anonymous',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX notice_opinions_batch_idx ON notice_opinions (batch_id, status);
CREATE INDEX notice_opinions_client_idx ON notice_opinions (client_hash, created_at);
