-- Why: approved names are published in an announcement (公告) with the mandatory fields; the
-- announcement is printable and exported as XLSX, and its date closes the decisions' announcement due date.
CREATE TABLE naming_announcements (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  document_number text NOT NULL CHECK (length(document_number) BETWEEN 1 AND 100),
  approval_authority text NOT NULL CHECK (length(approval_authority) BETWEEN 1 AND 100),
  published_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
ALTER TABLE naming_decisions ADD CONSTRAINT naming_decisions_announcement_fk
  FOREIGN KEY (announcement_id) REFERENCES naming_announcements (id);
