CREATE TABLE "analysis_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"field" text NOT NULL,
	"value" text NOT NULL,
	"previous" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_corrections_field_check" CHECK ("analysis_corrections"."field" in ('sentiment','intent'))
);
--> statement-breakpoint
CREATE TABLE "analysis_profiles" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"brand_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"handles" text[] DEFAULT '{}'::text[] NOT NULL,
	"products" text[] DEFAULT '{}'::text[] NOT NULL,
	"competitors" text[] DEFAULT '{}'::text[] NOT NULL,
	"intents" text[],
	"pii_patterns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "analysis_runs_status_check" CHECK ("analysis_runs"."status" in ('running','done','failed'))
);
--> statement-breakpoint
CREATE TABLE "intent_models" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"state" jsonb NOT NULL,
	"examples" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "sentiment" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "sentiment_score" real;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "sentiment_trend" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "intent" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "needs_reply" boolean;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "urgency_score" real;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "urgency_manual" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "analysis" jsonb;--> statement-breakpoint
ALTER TABLE "analysis_corrections" ADD CONSTRAINT "analysis_corrections_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_corrections" ADD CONSTRAINT "analysis_corrections_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_corrections" ADD CONSTRAINT "analysis_corrections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_profiles" ADD CONSTRAINT "analysis_profiles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_runs" ADD CONSTRAINT "analysis_runs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intent_models" ADD CONSTRAINT "intent_models_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_corrections_message_idx" ON "analysis_corrections" USING btree ("message_id","created_at");--> statement-breakpoint
CREATE INDEX "analysis_runs_account_idx" ON "analysis_runs" USING btree ("account_id","created_at");--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_sentiment_check" CHECK ("conversations"."sentiment" in ('negative','neutral','positive','mixed'));--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_sentiment_trend_check" CHECK ("conversations"."sentiment_trend" in ('better','worse','steady'));