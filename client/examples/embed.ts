/**
 * An external script embedding one query of the client package: who works in a place, counted.
 *
 *   node client/examples/embed.ts [endpoint] [place id]
 *   node client/examples/embed.ts http://localhost:4000/graphql vn:lai-chau
 *
 * Node runs it as it is (type stripping, Node 22.18+ or 24); test/integration/client.int.test.ts
 * runs it against the test server. Exits 1 on any GraphQL error.
 */
import { EmbedWhoWhatWhereSummaryDocument, fetchPersisted } from "../index.ts";

const endpoint = process.argv[2] ?? "http://localhost:4000/graphql";
const place = process.argv[3] ?? "vn:lai-chau";

const { data, errors } = await fetchPersisted(endpoint, EmbedWhoWhatWhereSummaryDocument, { filter: { place } });
if (errors?.length || !data) {
  console.error(errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join("\n") ?? "no data");
  process.exit(1);
}

// `data` is typed from the document: a typo in a field name fails `tsc -p client`.
const summary = data.whoWhatWhereSummary;
console.log(`${place}: ${summary.rows} rows, ${summary.interventions} interventions`);
for (const org of summary.organizations.slice(0, 5)) console.log(`  ${org.count}\t${org.name}`);
