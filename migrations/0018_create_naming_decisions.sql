-- Why: after the notice the approver decides each proposal with a document number (文号) and date; an
-- approval makes the name standard, a rejection is remembered so the name is flagged if proposed again.
-- Filing and announcement are due within the days the rule set gives.
CREATE TABLE naming_decisions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  proposal_id bigint NOT NULL UNIQUE REFERENCES naming_proposals (id),
  candidate_id bigint REFERENCES naming_candidates (id),
  outcome text NOT NULL CHECK (outcome IN ('approved', 'rejected')),
  document_number text NOT NULL CHECK (length(document_number) BETWEEN 1 AND 100),
  decided_on date NOT NULL,
  approval_authority text NOT NULL CHECK (length(approval_authority) BETWEEN 1 AND 100),
  note text CHECK (length(note) <= 2000),
  place_id bigint REFERENCES place_names (id),
  filing_due_on date NOT NULL,
  filed_on date,
  announcement_due_on date NOT NULL,
  announcement_id bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT naming_decisions_approval_names_candidate CHECK ((outcome = 'approved') = (candidate_id IS NOT NULL))
);
