/**
 * Type definitions for @neo4j/graphql 7.6 over the same labels, relationship types and
 * properties as graph.model.ts, for the benchmark's comparison only (@neo4j/graphql is a
 * devDependency imported from bench/ alone). They map what Q1–Q7 need: the kinds the questions
 * touch, the relationships between them with INVOLVED_IN's properties, and the full-text index
 * the project already creates (entity_search on searchText). Roll-ups have no @neo4j/graphql
 * equivalent: the questions spell the place, model and unit hierarchies out as nested filters
 * and selections to the depth the data has (bench.questions.ts).
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Involvement @relationshipProperties {
    role: String!
    sourceId: String
    quote: String
  }

  union Activity = Program | Project | Intervention | Event
  union Showcase = Intervention | Product | LivelihoodModel | Program

  type Organization @node @fulltext(indexes: [{ indexName: "entity_search", queryName: "organizationsSearch", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    nameEn: String
    aliases: [String!]
    searchText: String
    orgType: String
    acronym: String
    parentOrganizations: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    units: [Organization!]! @relationship(type: "PART_OF", direction: IN)
    involvedIn: [Activity!]! @relationship(type: "INVOLVED_IN", direction: OUT, properties: "Involvement")
    locatedIn: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }

  type Program @node @fulltext(indexes: [{ indexName: "entity_search", queryName: "programsSearch", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    searchText: String
    code: String
    startDate: Date
    endDate: Date
    projects: [Project!]! @relationship(type: "PART_OF", direction: IN)
    participants: [Organization!]! @relationship(type: "INVOLVED_IN", direction: IN, properties: "Involvement")
  }

  type Project @node @fulltext(indexes: [{ indexName: "entity_search", queryName: "projectsSearch", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    searchText: String
    goal: String
    startDate: Date
    endDate: Date
    programs: [Program!]! @relationship(type: "PART_OF", direction: OUT)
    interventions: [Intervention!]! @relationship(type: "PART_OF", direction: IN)
    covers: [Place!]! @relationship(type: "COVERS", direction: OUT)
    participants: [Organization!]! @relationship(type: "INVOLVED_IN", direction: IN, properties: "Involvement")
  }

  type Intervention @node @fulltext(indexes: [{ indexName: "entity_search", queryName: "interventionsSearch", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    searchText: String
    activity: String
    forWhom: String
    status: String
    startDate: Date
    endDate: Date
    places: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
    models: [LivelihoodModel!]! @relationship(type: "APPLIES", direction: OUT)
    topics: [LivelihoodModel!]! @relationship(type: "TRAINS_ON", direction: OUT)
    projects: [Project!]! @relationship(type: "PART_OF", direction: OUT)
    participants: [Organization!]! @relationship(type: "INVOLVED_IN", direction: IN, properties: "Involvement")
    showcasedAt: [Event!]! @relationship(type: "SHOWCASED", direction: IN)
  }

  type LivelihoodModel @node(labels: ["Model"]) @fulltext(indexes: [{ indexName: "entity_search", queryName: "modelsSearch", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    searchText: String
    category: String
    broader: [LivelihoodModel!]! @relationship(type: "PART_OF", direction: OUT)
    variants: [LivelihoodModel!]! @relationship(type: "PART_OF", direction: IN)
    interventions: [Intervention!]! @relationship(type: "APPLIES", direction: IN)
  }

  type Event @node @fulltext(indexes: [{ indexName: "entity_search", queryName: "eventsSearch", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    searchText: String
    eventType: String
    startDate: Date
    endDate: Date
    places: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
    participants: [Organization!]! @relationship(type: "INVOLVED_IN", direction: IN, properties: "Involvement")
    showcased: [Showcase!]! @relationship(type: "SHOWCASED", direction: OUT)
  }

  type Product @node {
    id: ID!
    name: String!
  }

  type Place @node @fulltext(indexes: [{ indexName: "entity_search", queryName: "placesSearch", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    searchText: String
    level: String!
    code: String
    validTo: Date
    partOf: [Place!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Place!]! @relationship(type: "PART_OF", direction: IN)
    successors: [Place!]! @relationship(type: "SUCCEEDED_BY", direction: OUT)
    predecessors: [Place!]! @relationship(type: "SUCCEEDED_BY", direction: IN)
    interventions: [Intervention!]! @relationship(type: "LOCATED_IN", direction: IN)
  }
`;
