import { GraphQLLocalDate, GraphQLNonEmptyString, GraphQLURL } from "graphql-scalars";
import { Field, Float, ID, InterfaceType, ObjectType } from "type-graphql";
import { DatePrecision, Direction, Qualifier, RelType, Role, SourceKind } from "./enums.type";

@ObjectType({ simpleResolvers: true, description: "A document the graph's facts come from: a news article or a dataset." })
export class Source {
  @Field(() => ID)
  id!: string;

  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field(() => GraphQLNonEmptyString)
  title!: string;

  @Field(() => String, { nullable: true, description: "File name of the article in the seed corpus." })
  file?: string | null;

  @Field(() => GraphQLURL, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  publishedOn?: string | null;

  @Field()
  language!: string;

  @Field(() => String, { nullable: true })
  license?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Where a fact comes from: the source and its exact words." })
export class Provenance {
  sourceId!: string;

  @Field(() => String)
  quote!: string;

  @Field(() => String, { nullable: true, description: "Caveats: inferences, ambiguities in the source." })
  note?: string | null;

  @Field(() => Boolean, {
    description:
      "True when the source does not state this fact itself and a curator inferred it from the source (the quote is what the inference rests on); false when the quote states it.",
  })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: "Why the curator inferred the fact, when `inferred`; null otherwise." })
  inferredReason!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A span of time with the precision each end is known to." })
export class Period {
  @Field(() => GraphQLLocalDate, { nullable: true, description: "First day of the period as stated (2021-11 → 2021-11-01)." })
  start?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Last day of the period as stated (2024-04 → 2024-04-30)." })
  end?: string | null;

  @Field(() => DatePrecision, { nullable: true })
  startPrecision?: DatePrecision | null;

  @Field(() => DatePrecision, { nullable: true })
  endPrecision?: DatePrecision | null;
}

@ObjectType({ simpleResolvers: true, description: "One source's value for a metric." })
export class MetricValue {
  @Field(() => Float)
  value!: number;

  @Field()
  unit!: string;

  @Field({ description: "What is counted, in this source's words." })
  label!: string;

  @Field(() => Qualifier)
  qualifier!: Qualifier;

  @Field(() => Provenance)
  provenance!: Provenance;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A number sources state about an entity. `value`, `unit`, `label`, `qualifier` and `provenance` are the best-ranked source's; `values` holds every source's, and `conflict` says whether they differ.",
})
export class Metric {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: "The best-ranked source's value (see `values` for every source's)." })
  value!: number;

  @Field()
  unit!: string;

  @Field({ description: "What is counted, in the source's words." })
  label!: string;

  @Field(() => Qualifier)
  qualifier!: Qualifier;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => [MetricValue], { description: "Every source's value for this metric, best-ranked source first (the first is `value`)." })
  values!: MetricValue[];

  @Field(() => Boolean, { description: "True when the sources give different values (or units or qualifiers) for this metric: see `values`." })
  conflict!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A statement that conflicts with another; both are kept, none is silently chosen." })
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The property the statement is about, e.g. startDate." })
  property!: string;

  @Field()
  value!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}

@InterfaceType({
  description: "Anything with an id and a name that sources mention.",
  resolveType: (value: Entity) => value.__typename,
})
export abstract class Entity {
  /** Not a field: the concrete type's name, which every row carries (graph.node.ts NodeRow). */
  __typename!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLNonEmptyString, { description: "The name as the first source writes it." })
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => [String], { description: "Other spellings, acronyms and wordings in later sources." })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Caveats and inferences made when recording this entity." })
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One relationship of an entity, seen from that entity, with every source that states it." })
export class Relation {
  @Field(() => RelType)
  type!: RelType;

  @Field(() => Direction, { description: "OUT when the entity is the subject (e.g. it is LOCATED_IN the other), IN otherwise." })
  direction!: Direction;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: "Position held, for MEMBER_OF." })
  position?: string | null;

  @Field(() => Entity)
  node!: Entity;

  @Field(() => Provenance, { nullable: true, description: "The best-ranked source's provenance (see `sources`); null only for facts not taken from a source." })
  provenance!: Provenance | null;

  @Field(() => [Provenance], { description: "Every source that states this relationship, best-ranked first: it is listed once however many sources state it." })
  sources!: Provenance[];

  @Field(() => Boolean, { description: "True when every source that states it marks it inferred by a curator." })
  inferred!: boolean;
}
