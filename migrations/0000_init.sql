CREATE TABLE "platform_role_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "platform_audit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"action" text NOT NULL,
	"entity_type" text,
	"entity_id" text,
	"personal_data" boolean DEFAULT false NOT NULL,
	"reason" text,
	"ip" text,
	"details" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ip" text NOT NULL,
	"email" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_oidc_states" (
	"state" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text DEFAULT '/' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"method" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"tax_code" text,
	"password_hash" text,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"locale" text DEFAULT 'it' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations_help_desks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"service_id" uuid,
	"name" text NOT NULL,
	"address" text,
	"municipality_id" uuid,
	"opening_hours" text,
	"phone" text,
	"email" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"sector" text NOT NULL,
	"tax_id" text,
	"ipa_code" text,
	"district_id" uuid,
	"municipality_id" uuid,
	"address" text,
	"email" text,
	"phone" text,
	"website" text,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"email" text,
	"phone" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"job_title" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory_district_memberships" (
	"district_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "territory_district_memberships_district_id_municipality_id_valid_from_pk" PRIMARY KEY("district_id","municipality_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "territory_districts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory_municipalities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"istat_code" text NOT NULL,
	"name" text NOT NULL,
	"name_other" text,
	"province_code" text NOT NULL,
	"cadastral_code" text,
	"population_2011" integer,
	"boundary" jsonb,
	"boundary_source" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory_provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"abbreviation" text,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory_regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_role_grants" ADD CONSTRAINT "platform_role_grants_user_id_platform_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."platform_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_sessions" ADD CONSTRAINT "platform_sessions_user_id_platform_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."platform_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations_help_desks" ADD CONSTRAINT "organizations_help_desks_organization_id_organizations_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations_help_desks" ADD CONSTRAINT "organizations_help_desks_service_id_organizations_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."organizations_services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations_services" ADD CONSTRAINT "organizations_services_organization_id_organizations_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations_staff" ADD CONSTRAINT "organizations_staff_organization_id_organizations_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_district_memberships" ADD CONSTRAINT "territory_district_memberships_district_id_territory_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."territory_districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_district_memberships" ADD CONSTRAINT "territory_district_memberships_municipality_id_territory_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."territory_municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_districts" ADD CONSTRAINT "territory_districts_region_code_territory_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."territory_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_municipalities" ADD CONSTRAINT "territory_municipalities_province_code_territory_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."territory_provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_provinces" ADD CONSTRAINT "territory_provinces_region_code_territory_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."territory_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_role_grants_user_idx" ON "platform_role_grants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "platform_role_grants_scope_idx" ON "platform_role_grants" USING btree ("scope_kind","scope_id");--> statement-breakpoint
CREATE INDEX "platform_audit_log_at_idx" ON "platform_audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "platform_audit_log_actor_idx" ON "platform_audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "platform_audit_log_entity_idx" ON "platform_audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "platform_login_attempts_ip_at_idx" ON "platform_login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_sessions_token_key" ON "platform_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "platform_sessions_user_idx" ON "platform_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_users_email_key" ON "platform_users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "platform_users_tax_code_key" ON "platform_users" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "organizations_help_desks_org_idx" ON "organizations_help_desks" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organizations_district_idx" ON "organizations_organizations" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations_organizations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organizations_services_org_idx" ON "organizations_services" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organizations_staff_org_idx" ON "organizations_staff" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organizations_staff_user_idx" ON "organizations_staff" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "territory_district_memberships_municipality_idx" ON "territory_district_memberships" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "territory_districts_code_key" ON "territory_districts" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "territory_municipalities_istat_key" ON "territory_municipalities" USING btree ("istat_code");--> statement-breakpoint
CREATE INDEX "territory_municipalities_province_idx" ON "territory_municipalities" USING btree ("province_code");