-- A consent term, once given, is never edited: only its withdrawal may be recorded, once.
-- person_id may change: merging two records of one person moves their terms to the surviving record.
CREATE OR REPLACE FUNCTION casework_consents_refuse_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.withdrawn_at IS NOT NULL AND (NEW.withdrawn_at IS DISTINCT FROM OLD.withdrawn_at
                                        OR NEW.withdrawn_by IS DISTINCT FROM OLD.withdrawn_by
                                        OR NEW.withdrawal_note IS DISTINCT FROM OLD.withdrawal_note))
     OR NEW.granted_to_organization_id IS DISTINCT FROM OLD.granted_to_organization_id
     OR NEW.purpose IS DISTINCT FROM OLD.purpose
     OR NEW.sections IS DISTINCT FROM OLD.sections
     OR NEW.given_on IS DISTINCT FROM OLD.given_on
     OR NEW.valid_until IS DISTINCT FROM OLD.valid_until
     OR NEW.document_id IS DISTINCT FROM OLD.document_id
     OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id
     OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by
     OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at THEN
    RAISE EXCEPTION 'casework_consents: a consent term is not edited; withdraw it or record a new one';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER casework_consents_immutable
  BEFORE UPDATE ON casework_consents
  FOR EACH ROW EXECUTE FUNCTION casework_consents_refuse_edit();
--> statement-breakpoint
-- Name search: trigram similarity on the normalised full name complements the blocking keys.
CREATE INDEX casework_persons_search_name_trgm_idx ON casework_persons USING gin (search_name gin_trgm_ops);
