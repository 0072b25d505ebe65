-- Fuzzy matching of names and handles (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
ALTER TABLE "contact_notes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, body)) STORED;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS ((case when language = 'en' then to_tsvector('english'::regconfig, body) else to_tsvector('dutch'::regconfig, body) end)) STORED;--> statement-breakpoint
CREATE INDEX "contact_identities_handle_trgm_idx" ON "contact_identities" USING gin (lower("handle") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contact_notes_search_idx" ON "contact_notes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "contacts_name_trgm_idx" ON "contacts" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "messages_search_idx" ON "messages" USING gin ("search");