CREATE TABLE "platform_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message_key" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "casework_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"completed_on" date,
	"complex_needs" boolean,
	"summary" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"user_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_case_workers" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "casework_case_workers_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "casework_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"person_id" uuid,
	"household_id" uuid,
	"municipality_id" uuid,
	"lead_service_id" uuid NOT NULL,
	"lead_organization_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"status" text DEFAULT 'intake' NOT NULL,
	"protection" text DEFAULT 'ordinary' NOT NULL,
	"needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" text,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"closure_outcome" text,
	"closure_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"granted_to_organization_id" uuid,
	"purpose" text NOT NULL,
	"sections" jsonb NOT NULL,
	"given_on" date NOT NULL,
	"valid_until" date,
	"document_id" uuid,
	"replaces_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawal_note" text
);
--> statement-breakpoint
CREATE TABLE "casework_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"case_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_emergency_accesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"need_area" text,
	"target_date" date,
	"review_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_household_members" (
	"household_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	CONSTRAINT "casework_household_members_household_id_person_id_pk" PRIMARY KEY("household_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "casework_households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"registered_by_organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"single_parent" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_housing_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"municipality_id" uuid,
	"capacity" integer DEFAULT 1 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"goal_id" uuid,
	"kind" text NOT NULL,
	"service_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"assigned_user_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"description" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_lockouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"user_id" uuid,
	"service_id" uuid,
	"organization_id" uuid,
	"reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "casework_mediations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intervention_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"language" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mediator_id" uuid,
	"status" text DEFAULT 'requested' NOT NULL,
	"hours_done" numeric(6, 2),
	"requested_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_mediators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid,
	"display_name" text NOT NULL,
	"languages" jsonb NOT NULL,
	"email" text,
	"phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"section" text DEFAULT 'notes' NOT NULL,
	"body" text,
	"body_encrypted" "bytea",
	"author_id" uuid NOT NULL,
	"author_organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"sections" jsonb NOT NULL,
	"until" date,
	"consent_id" uuid,
	"referral_id" uuid,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "casework_person_keys" (
	"person_id" uuid NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "casework_person_keys_key_person_id_pk" PRIMARY KEY("key","person_id")
);
--> statement-breakpoint
CREATE TABLE "casework_person_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"merged_snapshot" jsonb NOT NULL,
	"reason" text,
	"merged_by" uuid NOT NULL,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"registered_by_organization_id" uuid NOT NULL,
	"registered_by_service_id" uuid,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"native_given_name" text,
	"native_family_name" text,
	"alternative_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sex" text,
	"birth_year" integer,
	"birth_month" integer,
	"birth_day" integer,
	"birth_place" text,
	"birth_country" text,
	"citizenships" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"needs_mediator" boolean DEFAULT false NOT NULL,
	"permit_type" text,
	"permit_number" text,
	"permit_expires_on" date,
	"tax_code" text,
	"tax_code_check" text DEFAULT 'absent' NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"municipality_id" uuid,
	"search_name" text DEFAULT '' NOT NULL,
	"merged_into_id" uuid,
	"pseudonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intervention_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"housing_unit_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_service_id" uuid NOT NULL,
	"from_organization_id" uuid NOT NULL,
	"to_service_id" uuid NOT NULL,
	"to_organization_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"basis" text NOT NULL,
	"consent_id" uuid,
	"legal_basis_note" text,
	"sections" jsonb NOT NULL,
	"until" date,
	"attachment_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "casework_retention_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"action" text NOT NULL,
	"rule" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"done_by" uuid NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "casework_assessments" ADD CONSTRAINT "casework_assessments_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_case_events" ADD CONSTRAINT "casework_case_events_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_case_workers" ADD CONSTRAINT "casework_case_workers_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_cases" ADD CONSTRAINT "casework_cases_person_id_casework_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."casework_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_cases" ADD CONSTRAINT "casework_cases_household_id_casework_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."casework_households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_consents" ADD CONSTRAINT "casework_consents_person_id_casework_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."casework_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_consents" ADD CONSTRAINT "casework_consents_document_id_casework_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."casework_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_documents" ADD CONSTRAINT "casework_documents_person_id_casework_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."casework_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_emergency_accesses" ADD CONSTRAINT "casework_emergency_accesses_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_goals" ADD CONSTRAINT "casework_goals_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_household_members" ADD CONSTRAINT "casework_household_members_household_id_casework_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."casework_households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_household_members" ADD CONSTRAINT "casework_household_members_person_id_casework_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."casework_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_interventions" ADD CONSTRAINT "casework_interventions_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_interventions" ADD CONSTRAINT "casework_interventions_goal_id_casework_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."casework_goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_lockouts" ADD CONSTRAINT "casework_lockouts_person_id_casework_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."casework_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_mediations" ADD CONSTRAINT "casework_mediations_intervention_id_casework_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."casework_interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_mediations" ADD CONSTRAINT "casework_mediations_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_mediations" ADD CONSTRAINT "casework_mediations_mediator_id_casework_mediators_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."casework_mediators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_notes" ADD CONSTRAINT "casework_notes_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_participants" ADD CONSTRAINT "casework_participants_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_participants" ADD CONSTRAINT "casework_participants_consent_id_casework_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."casework_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_person_keys" ADD CONSTRAINT "casework_person_keys_person_id_casework_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."casework_persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_person_merges" ADD CONSTRAINT "casework_person_merges_survivor_id_casework_persons_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."casework_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_person_merges" ADD CONSTRAINT "casework_person_merges_merged_id_casework_persons_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."casework_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_placements" ADD CONSTRAINT "casework_placements_intervention_id_casework_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."casework_interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_placements" ADD CONSTRAINT "casework_placements_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_placements" ADD CONSTRAINT "casework_placements_housing_unit_id_casework_housing_units_id_fk" FOREIGN KEY ("housing_unit_id") REFERENCES "public"."casework_housing_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_referrals" ADD CONSTRAINT "casework_referrals_case_id_casework_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."casework_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_referrals" ADD CONSTRAINT "casework_referrals_consent_id_casework_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."casework_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_notifications_user_idx" ON "platform_notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "casework_assessments_case_idx" ON "casework_assessments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "casework_assessments_due_idx" ON "casework_assessments" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "casework_case_events_case_idx" ON "casework_case_events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "casework_case_workers_user_idx" ON "casework_case_workers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "casework_cases_reference_idx" ON "casework_cases" USING btree ("district_id","reference");--> statement-breakpoint
CREATE INDEX "casework_cases_person_idx" ON "casework_cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "casework_cases_household_idx" ON "casework_cases" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "casework_cases_lead_idx" ON "casework_cases" USING btree ("lead_organization_id","status");--> statement-breakpoint
CREATE INDEX "casework_cases_owner_idx" ON "casework_cases" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "casework_cases_opened_idx" ON "casework_cases" USING btree ("district_id","opened_on");--> statement-breakpoint
CREATE INDEX "casework_consents_person_idx" ON "casework_consents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "casework_emergency_case_user_idx" ON "casework_emergency_accesses" USING btree ("case_id","user_id");--> statement-breakpoint
CREATE INDEX "casework_goals_case_idx" ON "casework_goals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "casework_household_members_person_idx" ON "casework_household_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "casework_households_district_idx" ON "casework_households" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "casework_housing_units_district_idx" ON "casework_housing_units" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "casework_interventions_case_idx" ON "casework_interventions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "casework_interventions_org_idx" ON "casework_interventions" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "casework_lockouts_person_idx" ON "casework_lockouts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "casework_mediations_case_idx" ON "casework_mediations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "casework_mediations_when_idx" ON "casework_mediations" USING btree ("scheduled_at");--> statement-breakpoint
CREATE INDEX "casework_mediations_mediator_idx" ON "casework_mediations" USING btree ("mediator_id");--> statement-breakpoint
CREATE INDEX "casework_mediators_district_idx" ON "casework_mediators" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "casework_notes_case_idx" ON "casework_notes" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "casework_participants_case_idx" ON "casework_participants" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "casework_participants_org_idx" ON "casework_participants" USING btree ("organization_id","case_id");--> statement-breakpoint
CREATE INDEX "casework_person_keys_person_idx" ON "casework_person_keys" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "casework_persons_district_idx" ON "casework_persons" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "casework_persons_registered_by_idx" ON "casework_persons" USING btree ("registered_by_organization_id");--> statement-breakpoint
CREATE INDEX "casework_persons_tax_code_idx" ON "casework_persons" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "casework_persons_permit_idx" ON "casework_persons" USING btree ("permit_expires_on");--> statement-breakpoint
CREATE INDEX "casework_placements_unit_idx" ON "casework_placements" USING btree ("housing_unit_id");--> statement-breakpoint
CREATE INDEX "casework_referrals_to_idx" ON "casework_referrals" USING btree ("to_organization_id","status");--> statement-breakpoint
CREATE INDEX "casework_referrals_from_idx" ON "casework_referrals" USING btree ("from_organization_id","status");--> statement-breakpoint
CREATE INDEX "casework_referrals_case_idx" ON "casework_referrals" USING btree ("case_id");