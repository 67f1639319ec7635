CREATE TABLE "governance_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roundtable_id" uuid,
	"minutes_id" uuid,
	"minutes_item_id" uuid,
	"decision_id" uuid,
	"agreement_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"owner_organization_id" uuid,
	"owner_user_id" uuid,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp with time zone,
	"last_reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text DEFAULT 'item' NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"presenter" text,
	"duration_minutes" integer,
	"action_item_id" uuid,
	"minutes_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"signatory_name" text,
	"signatory_role" text,
	CONSTRAINT "governance_agreement_parties_agreement_id_organization_id_pk" PRIMARY KEY("agreement_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "governance_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"subject" text,
	"network_id" uuid,
	"roundtable_id" uuid,
	"district_id" uuid,
	"keeper_organization_id" uuid NOT NULL,
	"signed_on" date,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"renewal_notice_days" integer DEFAULT 60 NOT NULL,
	"renewal_reminded_at" timestamp with time zone,
	"renews_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid,
	"organization_id" uuid,
	"user_id" uuid,
	"person_name" text NOT NULL,
	"status" text NOT NULL,
	"delegated_to" text,
	"source" text DEFAULT 'register' NOT NULL,
	"checked_in_at" timestamp with time zone,
	"recorded_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token" text NOT NULL,
	"user_id" uuid,
	"roundtable_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "governance_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roundtable_id" uuid NOT NULL,
	"minutes_id" uuid NOT NULL,
	"minutes_item_id" uuid,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"outcome" text DEFAULT 'approved' NOT NULL,
	"votes_for" integer,
	"votes_against" integer,
	"votes_abstained" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"agreement_id" uuid,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid,
	"email" text NOT NULL,
	"sequence" integer NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_meeting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roundtable_id" uuid NOT NULL,
	"frequency" text NOT NULL,
	"interval" integer DEFAULT 1 NOT NULL,
	"count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roundtable_id" uuid NOT NULL,
	"series_id" uuid,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text DEFAULT 'in_person' NOT NULL,
	"place" text,
	"online_url" text,
	"notes" text,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"check_in_token" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"invitations_sent_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_minutes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"roundtable_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"circulated_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_at_meeting_id" uuid,
	"locked_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_minutes_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minutes_id" uuid NOT NULL,
	"minutes_item_id" uuid,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_minutes_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minutes_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_minutes_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minutes_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reason" text,
	"snapshot" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_action_items" ADD CONSTRAINT "governance_action_items_roundtable_id_governance_roundtables_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."governance_roundtables"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_action_items" ADD CONSTRAINT "governance_action_items_minutes_id_governance_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."governance_minutes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_action_items" ADD CONSTRAINT "governance_action_items_minutes_item_id_governance_minutes_items_id_fk" FOREIGN KEY ("minutes_item_id") REFERENCES "public"."governance_minutes_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_action_items" ADD CONSTRAINT "governance_action_items_decision_id_governance_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."governance_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agenda_items" ADD CONSTRAINT "governance_agenda_items_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agreement_parties" ADD CONSTRAINT "governance_agreement_parties_agreement_id_governance_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."governance_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agreements" ADD CONSTRAINT "governance_agreements_network_id_governance_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."governance_networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agreements" ADD CONSTRAINT "governance_agreements_roundtable_id_governance_roundtables_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."governance_roundtables"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agreements" ADD CONSTRAINT "governance_agreements_renews_id_governance_agreements_id_fk" FOREIGN KEY ("renews_id") REFERENCES "public"."governance_agreements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_member_id_governance_roundtable_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."governance_roundtable_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_calendar_feeds" ADD CONSTRAINT "governance_calendar_feeds_roundtable_id_governance_roundtables_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."governance_roundtables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_minutes_id_governance_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."governance_minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_minutes_item_id_governance_minutes_items_id_fk" FOREIGN KEY ("minutes_item_id") REFERENCES "public"."governance_minutes_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_documents" ADD CONSTRAINT "governance_documents_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_documents" ADD CONSTRAINT "governance_documents_agenda_item_id_governance_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."governance_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_invitations" ADD CONSTRAINT "governance_invitations_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meeting_series" ADD CONSTRAINT "governance_meeting_series_roundtable_id_governance_roundtables_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."governance_roundtables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_roundtable_id_governance_roundtables_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."governance_roundtables"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_series_id_governance_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."governance_meeting_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_minutes" ADD CONSTRAINT "governance_minutes_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_minutes_comments" ADD CONSTRAINT "governance_minutes_comments_minutes_id_governance_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."governance_minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_minutes_items" ADD CONSTRAINT "governance_minutes_items_minutes_id_governance_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."governance_minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_minutes_versions" ADD CONSTRAINT "governance_minutes_versions_minutes_id_governance_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."governance_minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_action_items_table_idx" ON "governance_action_items" USING btree ("roundtable_id","status");--> statement-breakpoint
CREATE INDEX "governance_action_items_owner_idx" ON "governance_action_items" USING btree ("owner_organization_id");--> statement-breakpoint
CREATE INDEX "governance_action_items_due_idx" ON "governance_action_items" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "governance_action_items_agreement_idx" ON "governance_action_items" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "governance_agenda_items_meeting_idx" ON "governance_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "governance_agreement_parties_org_idx" ON "governance_agreement_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "governance_agreements_district_idx" ON "governance_agreements" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "governance_agreements_valid_to_idx" ON "governance_agreements" USING btree ("valid_to");--> statement-breakpoint
CREATE INDEX "governance_attendance_meeting_idx" ON "governance_attendance" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_attendance_member_idx" ON "governance_attendance" USING btree ("meeting_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_calendar_feeds_token_idx" ON "governance_calendar_feeds" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_decisions_number_idx" ON "governance_decisions" USING btree ("roundtable_id","number");--> statement-breakpoint
CREATE INDEX "governance_decisions_minutes_idx" ON "governance_decisions" USING btree ("minutes_id");--> statement-breakpoint
CREATE INDEX "governance_documents_meeting_idx" ON "governance_documents" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_documents_agreement_idx" ON "governance_documents" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "governance_invitations_meeting_idx" ON "governance_invitations" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_meetings_table_idx" ON "governance_meetings" USING btree ("roundtable_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_meetings_checkin_idx" ON "governance_meetings" USING btree ("check_in_token");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_minutes_meeting_idx" ON "governance_minutes" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_minutes_table_idx" ON "governance_minutes" USING btree ("roundtable_id");--> statement-breakpoint
CREATE INDEX "governance_minutes_comments_minutes_idx" ON "governance_minutes_comments" USING btree ("minutes_id");--> statement-breakpoint
CREATE INDEX "governance_minutes_items_minutes_idx" ON "governance_minutes_items" USING btree ("minutes_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_minutes_versions_idx" ON "governance_minutes_versions" USING btree ("minutes_id","version");