CREATE TABLE "governance_network_organizations" (
	"network_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	CONSTRAINT "governance_network_organizations_network_id_organization_id_pk" PRIMARY KEY("network_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "governance_networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"district_id" uuid,
	"region_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_roundtable_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roundtable_id" uuid NOT NULL,
	"organization_id" uuid,
	"delegate_user_id" uuid,
	"substitute_user_id" uuid,
	"expert_name" text,
	"role" text DEFAULT 'member' NOT NULL,
	"mandate_from" date NOT NULL,
	"mandate_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_roundtables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid,
	"parent_id" uuid,
	"district_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"mandate" text,
	"coordinating_organization_id" uuid NOT NULL,
	"quorum_rule" text DEFAULT 'none' NOT NULL,
	"quorum_fixed" integer,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_network_organizations" ADD CONSTRAINT "governance_network_organizations_network_id_governance_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."governance_networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_roundtable_members" ADD CONSTRAINT "governance_roundtable_members_roundtable_id_governance_roundtables_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."governance_roundtables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_roundtables" ADD CONSTRAINT "governance_roundtables_network_id_governance_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."governance_networks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_roundtables" ADD CONSTRAINT "governance_roundtables_parent_id_governance_roundtables_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."governance_roundtables"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_network_organizations_org_idx" ON "governance_network_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "governance_networks_district_idx" ON "governance_networks" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "governance_roundtable_members_table_idx" ON "governance_roundtable_members" USING btree ("roundtable_id");--> statement-breakpoint
CREATE INDEX "governance_roundtable_members_org_idx" ON "governance_roundtable_members" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "governance_roundtables_network_idx" ON "governance_roundtables" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "governance_roundtables_parent_idx" ON "governance_roundtables" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "governance_roundtables_district_idx" ON "governance_roundtables" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "governance_roundtables_coordinator_idx" ON "governance_roundtables" USING btree ("coordinating_organization_id");