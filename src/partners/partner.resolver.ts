import { type ClassType, Int } from "type-graphql";
import { type Connection, ConnectionType, toConnection, toPageRequest, withNodes } from "../common/pagination";
import type { BaseContext } from "../context.type";
import { isEnumValue } from "../common/guards";
import { Role } from "../graph/graph.enums";
import { type EdgeKind, type FieldSpec, KIND_LIST, Label } from "../graph/graph.model";
import { type NodeRow, oncePerKey, projectionKey, PROVENANCE_PROPS, type ProvenanceRow, toProvenance } from "../graph/graph.node";
import { DERIVED_FIELDS, type RelatedRead } from "../graph/graph.relations";
import type { EntitiesSlice, NestedRead, RelatedItem } from "../entities/entities.module";
import type { GraphQLResolveInfo } from "graphql";
import { embeddable, fieldsAt } from "../types/selection.prefetch";
import { Gift, Involvement, LearningLink, Membership, Partnership } from "../types/edge.type";
import { deriveFieldResolvers, type DerivedFieldResolver } from "../types/field-resolver.factory";
import { kindType } from "../types/kind.type";
import { idOnlyFields, projectionOf, selectsPath } from "../types/selection.projection";
import type { PartnersSlice } from "./partner.loaders";

type Context = BaseContext & PartnersSlice & EntitiesSlice;

/**
 * Who worked with whom: the relationship fields of the model table that return the relationship
 * itself (`edge`: Involvement, Membership, LearningLink, Gift), and Organization.partners.
 * Rolled-up fields (an organization's involvements include its units') name the unit that took
 * part as the involvement's `actor`.
 */

type Shape = (self: NodeRow, items: SourcedItem[], ctx: Context) => Promise<unknown[]> | unknown[];

/** One relationship KEY (same ends, type and role) with every source's relationship, best-ranked first. */
interface SourcedItem extends RelatedItem {
  sources: ProvenanceRow[];
  provenance: ProvenanceRow | null;
  inferred: boolean;
}

/** The items of one relationship key (same ends, type, direction and role) folded into one, with every source (oncePerKey). */
export function bySource(items: readonly RelatedItem[]): SourcedItem[] {
  return oncePerKey(
    items.map((i) => ({ ...i, provenance: toProvenance(i.rel) })),
    (i) => [i.holder.id, i.node.id, i.direction, i.rel.__type, i.rel.role ?? ""].join("|"),
  );
}

/** An involvement's role: every involvement has one of the model's roles (the seed loader checks it). */
function roleOf(role: unknown): Role {
  if (!isEnumValue(Role, role)) throw new Error(`an involvement with the role ${String(role)}, which is not one of the model's`);
  return role;
}

/** Events named by `eventId` on the items' relationships, by id. */
async function eventsOf(items: RelatedItem[], ctx: Context): Promise<Map<string, NodeRow>> {
  const ids = [...new Set(items.map((i) => i.rel.eventId).filter((id): id is string => typeof id === "string"))];
  const events = await ctx.entities.loaders.entityById.loadMany(ids);
  return new Map(events.filter((e): e is NodeRow => !!e && !(e instanceof Error)).map((e) => [e.id, e]));
}

const eventOf = (events: Map<string, NodeRow>, item: RelatedItem): NodeRow | null => (typeof item.rel.eventId === "string" ? (events.get(item.rel.eventId) ?? null) : null);

/**
 * Each edge type of the model table (graph.model.ts EDGE_KINDS), once: the GraphQL type it
 * returns, how its items are shaped, the fields of it that hold the related node or the holder
 * (what the read projects), and the relationship properties its shape reads (and `role`, for the
 * role filter).
 */
interface EdgeSpec {
  readonly returns: ClassType;
  /** The field of the returned type holding the related node (the item's `node`), by the field's direction. */
  readonly relatedEnd: (direction: FieldSpec["direction"]) => string;
  readonly shape: (field: FieldSpec) => Shape;
  readonly nodeEnds: readonly (readonly string[])[];
  readonly relProps: readonly string[];
}

const EDGES: { readonly [E in EdgeKind]: EdgeSpec } = {
  Involvement: {
    returns: Involvement,
    relatedEnd: (d) => (d === "OUT" ? "activity" : "actor"),
    nodeEnds: [["actor"], ["activity"]],
    relProps: ["role"],
    shape: (field) => (self, items) =>
      items.map((i): Involvement => ({
        role: roleOf(i.rel.role),
        actor: field.direction === "OUT" ? i.holder : i.node,
        activity: field.direction === "OUT" ? i.node : self,
        provenance: i.provenance,
        sources: i.sources,
        inferred: i.inferred,
      })),
  },
  Membership: {
    returns: Membership,
    relatedEnd: (d) => (d === "OUT" ? "organization" : "person"),
    nodeEnds: [["person"], ["organization"]],
    relProps: ["role", "position"],
    shape: (field) => (self, items) =>
      items.map((i): Membership => ({
        person: field.direction === "OUT" ? self : i.node,
        organization: field.direction === "OUT" ? i.node : self,
        position: typeof i.rel.position === "string" ? i.rel.position : null,
        provenance: i.provenance,
        sources: i.sources,
        inferred: i.inferred,
      })),
  },
  LearningLink: {
    returns: LearningLink,
    relatedEnd: () => "from",
    nodeEnds: [["from"]],
    relProps: ["role", "eventId"],
    shape: () => async (_self, items, ctx) => {
      const events = await eventsOf(items, ctx);
      return items.map((i): LearningLink => ({ from: i.node, event: eventOf(events, i), provenance: i.provenance, sources: i.sources, inferred: i.inferred }));
    },
  },
  Gift: {
    returns: Gift,
    relatedEnd: (d) => (d === "OUT" ? "recipient" : "giver"),
    nodeEnds: [["giver"], ["recipient"]],
    relProps: ["role", "what", "eventId"],
    shape: (field) => async (self, items, ctx) => {
      const events = await eventsOf(items, ctx);
      return items.map((i): Gift => ({
        giver: field.direction === "OUT" ? i.holder : i.node,
        recipient: field.direction === "OUT" ? i.node : self,
        what: typeof i.rel.what === "string" ? i.rel.what : null,
        event: eventOf(events, i),
        provenance: i.provenance,
        sources: i.sources,
        inferred: i.inferred,
      }));
    },
  },
};

/**
 * The relationship fields selected on the related nodes of an edge field (an involvement's
 * `activity { ... on Intervention { models } }`), read in the edge field's own statement and
 * primed into their loaders (entity-nested.cypher.ts), each with the projection its resolver
 * will ask: the level below then needs no statement of its own (issue #21, bench Q6). Fields
 * with arguments, and anything else, resolve as usual.
 */
function nestedReads(info: GraphQLResolveInfo, edgeType: string, end: string, labels: readonly Label[]): NestedRead[] {
  const reads = new Map<string, NestedRead>();
  for (const label of labels) {
    const kind = KIND_LIST.find((k) => k.label === label);
    if (!kind) continue;
    for (const nodes of fieldsAt(info, edgeType, end, kind.typeName).values()) {
      const name = nodes[0].name.value;
      if (nodes.some((n) => n.name.value !== name || n.arguments?.length)) continue;
      const derived = DERIVED_FIELDS.find((d) => !d.field.edge && d.field.name === name && d.field.on.includes(label));
      if (!derived) continue;
      const projection = projectionOf({ ...info, fieldNodes: nodes });
      reads.set(`${derived.relation.key}|${projectionKey(projection)}`, { spec: derived.relation, projection });
    }
  }
  return [...reads.values()];
}

/** Edge fields that reach thousands (issue #21: the largest NGO's involvements are 8,949 at S3): each also has `<field>Connection`. */
const PAGED_EDGES = new Set([`${Label.Organization}.involvements`]);

const PAGE_ARGS = [
  { name: "first", type: () => Int, defaultValue: 20, description: "Page size, 1 to the server's maximum (100 by default)." },
  { name: "after", type: () => String, nullable: true, description: "The endCursor of the previous page." },
];

function edgeFields(label: Label): DerivedFieldResolver<Context>[] {
  return DERIVED_FIELDS.filter((d) => d.field.edge && d.field.on.includes(label)).flatMap(({ field, relation }) => {
    const edge = field.edge!;
    const spec = EDGES[edge];
    const shape = spec.shape(field);
    const paged = PAGED_EDGES.has(`${label}.${field.name}`);
    const roleArgs = field.roleArg ? [{ name: "role", type: () => Role, nullable: true }] : [];
    // Every source's relationship is read (it is folded into one item, bySource); quotes and
    // notes only when a provenance is selected. The source and the inferred mark: always for a
    // page (its statement's keys), else only when a provenance, the sources or `inferred` is
    // selected (issue #21: 2,210 involvements at S3 need neither for `role` and `activity`).
    const relPropsOf = (info: GraphQLResolveInfo, at: string[], always = true): string[] => {
      const quotes = selectsPath(info, [...at, "provenance"]) || selectsPath(info, [...at, "sources"]);
      const marks = always || quotes || selectsPath(info, [...at, "inferred"]);
      return [...new Set([...spec.relProps, ...(marks ? ["sourceId", "inferred"] : []), ...(quotes ? PROVENANCE_PROPS : [])])];
    };
    // What the field reads for a selection (the role filter applies to the items read): a list of its parents reads it along (selection.prefetch.ts embeddable).
    const readOf = (info: GraphQLResolveInfo): RelatedRead => ({
      spec: relation,
      projection: projectionOf(info, spec.nodeEnds),
      relProjection: relPropsOf(info, [], false),
      nested: nestedReads(info, spec.returns.name, spec.relatedEnd(field.direction), relation.targets),
    });
    embeddable(kindType(label).name, field.name, (_args, info) => readOf(info));
    const unpaged: DerivedFieldResolver<Context> = {
      name: field.name,
      returns: () => [spec.returns],
      description: field.description,
      deprecationReason: paged ? `Unpaged: it reaches thousands. Use ${field.name}Connection(role, first, after).` : undefined,
      args: roleArgs,
      resolve: async (root, args, ctx, info) => {
        const items = await ctx.entities.loaders.relatedRead(readOf(info)).load(root.id);
        const role = isEnumValue(Role, args.role) ? args.role : null;
        return shape(root, bySource(role ? items.filter((i) => i.rel.role === role) : items), ctx);
      },
    };
    if (!paged) return [unpaged];
    const Connection = ConnectionType(spec.returns, spec.returns.name);
    const connection: DerivedFieldResolver<Context> = {
      name: `${field.name}Connection`,
      returns: () => Connection,
      description: `${(field.description ?? `The ${field.name}.`).replace(/\.$/, "")}: a page of them, by the related node's name, the holder and the role.`,
      args: [...roleArgs, ...PAGE_ARGS],
      resolve: async (root, args, ctx, info) => {
        const page = toPageRequest({ first: Number(args.first), after: typeof args.after === "string" ? args.after : null }, ctx.config.maxPageSize, [
          "string",
          "string",
          "string",
          "string",
        ]);
        const role = isEnumValue(Role, args.role) ? args.role : null;
        const at = (path: string[]): string[][] => [
          ["nodes", ...path],
          ["edges", "node", ...path],
        ];
        const projection = projectionOf(
          info,
          spec.nodeEnds.flatMap((end) => at([...end])),
        );
        const relProps = [...new Set([...relPropsOf(info, ["nodes"]), ...relPropsOf(info, ["edges", "node"])])];
        const items = await ctx.partners.loaders.edgePage(relation, projection, relProps, { after: page.after, limit: page.first + 1, role }).load(root.id);
        const keyed = toConnection(
          bySource(items),
          page,
          (i) => [i.node.name, i.node.id, i.holder.id, typeof i.rel.role === "string" ? i.rel.role : ""],
          () => ctx.partners.loaders.edgePageTotal(relation, role).load(root.id),
        );
        return withNodes(keyed, await shape(root, keyed.nodes, ctx));
      },
    };
    return [unpaged, connection];
  });
}

idOnlyFields("partners", "partnersConnection");
const PARTNERS = "Who it worked with: the organizations that take part in a program, project, intervention or event it takes part in (stated, or inferred and marked so)";
const partners: DerivedFieldResolver<Context> = {
  name: "partners",
  returns: () => [Partnership],
  description: `${PARTNERS}.`,
  deprecationReason: "Unpaged: a large NGO has thousands of partners. Use partnersConnection(first, after).",
  resolve: (root, _args, ctx, info) =>
    ctx.partners.loaders.partners(projectionOf(info, [["partner"], ["via", "activity"]]), selectsPath(info, ["via", "provenance"])).load(root.id),
};

const PartnershipConnection = ConnectionType(Partnership, "Partnership");

const partnersConnection: DerivedFieldResolver<Context> = {
  name: "partnersConnection",
  returns: () => PartnershipConnection,
  description: `${PARTNERS}, by the partner's name: a page of them, each with every activity shared.`,
  args: [
    { name: "first", type: () => Int, defaultValue: 20, description: "Page size, 1 to the server's maximum (100 by default)." },
    { name: "after", type: () => String, nullable: true, description: "The endCursor of the previous page." },
  ],
  resolve: async (root, args, ctx, info): Promise<Connection<Partnership>> => {
    const page = toPageRequest({ first: Number(args.first), after: typeof args.after === "string" ? args.after : null }, ctx.config.maxPageSize, ["string", "string"]);
    const node = (path: string[]): string[][] => [
      ["nodes", ...path],
      ["edges", "node", ...path],
    ];
    const projection = projectionOf(info, [...node(["partner"]), ...node(["via", "activity"])]);
    const provenance = selectsPath(info, ["nodes", "via", "provenance"]) || selectsPath(info, ["edges", "node", "via", "provenance"]);
    const rows = await ctx.partners.loaders.partnersPage(projection, provenance, page.first + 1, page.after).load(root.id);
    return toConnection(
      rows,
      page,
      (p) => [p.partner.name, p.partner.id],
      () => ctx.partners.loaders.partnersTotal.load(root.id),
    );
  },
};

export const PARTNER_RESOLVERS: readonly ClassType[] = KIND_LIST.map((kind) => ({
  kind,
  fields: [...edgeFields(kind.label), ...(kind.label === Label.Organization ? [partners, partnersConnection] : [])],
}))
  .filter(({ fields }) => fields.length > 0)
  .map(({ kind, fields }) => deriveFieldResolvers(`${kind.typeName}PartnerFields`, kindType(kind.label), fields));
