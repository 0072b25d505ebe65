ALTER TABLE "conversations" ALTER COLUMN "queue_rank" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "conversations" ALTER COLUMN "queue_rank" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" drop column "queue_rank";--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "queue_rank" integer GENERATED ALWAYS AS ((case urgency when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end
        + case when waiting_since is null then 10 else 0 end)) STORED;--> statement-breakpoint
ALTER TABLE "conversations" ALTER COLUMN "queue_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" drop column "queue_at";--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "queue_at" timestamp with time zone GENERATED ALWAYS AS (coalesce(waiting_since, 'infinity'::timestamptz)) STORED;--> statement-breakpoint
-- Dropping the columns dropped the queue indexes; build them again on the generated columns.
CREATE INDEX "conversations_queue_idx" ON "conversations" USING btree ("account_id","status","queue_rank","queue_at","id");--> statement-breakpoint
CREATE INDEX "conversations_assignee_queue_idx" ON "conversations" USING btree ("account_id","assignee_id","status","queue_rank","queue_at","id");
