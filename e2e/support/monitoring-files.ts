import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parser } from '@prometheus-io/lezer-promql';
import { parse as parseYaml } from 'yaml';

/** Where a PromQL expression comes from (an alert, a dashboard panel), for the messages of the checks. */
export interface Expression {
  origin: string;
  promql: string;
}

interface RuleFile {
  groups: { name: string; rules: { alert?: string; record?: string; expr: string; for?: string; labels?: Record<string, string> }[] }[];
}

interface DashboardPanel {
  title?: string;
  targets?: { expr?: string }[];
  panels?: DashboardPanel[];
}

interface Dashboard {
  uid: string;
  panels: DashboardPanel[];
  templating?: { list: { name: string; query?: string | { query?: string } }[] };
}

export const MONITORING_DIR = 'deploy/monitoring';
export const RULES_DIR = `${MONITORING_DIR}/prometheus/rules`;
export const DASHBOARDS_DIR = `${MONITORING_DIR}/grafana/dashboards`;

/**
 * Series Prometheus makes itself for every target (`up`, `scrape_*`) or for alerts (`ALERTS`): no process
 * serves them. Only these may be named without a process exposing them.
 */
export const PROMETHEUS_SERIES = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_series_added', 'ALERTS', 'ALERTS_FOR_STATE']);

export function ruleFiles(root: string): { path: string; text: string }[] {
  return readdirSync(join(root, RULES_DIR))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ path: `${RULES_DIR}/${name}`, text: readFileSync(join(root, RULES_DIR, name), 'utf8') }));
}

export function dashboardFiles(root: string): { path: string; dashboard: Dashboard }[] {
  return readdirSync(join(root, DASHBOARDS_DIR))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: `${DASHBOARDS_DIR}/${name}`, dashboard: JSON.parse(readFileSync(join(root, DASHBOARDS_DIR, name), 'utf8')) as Dashboard }));
}

/** The rule files as Prometheus reads them (YAML; a rule names an alert or a record and has an expression). */
export function parseRules(path: string, text: string): RuleFile {
  const rules = parseYaml(text, { strict: true, uniqueKeys: true }) as RuleFile;
  if (!Array.isArray(rules?.groups)) throw new Error(`${path}: no groups`);
  return rules;
}

export function ruleExpressions(path: string, rules: RuleFile): Expression[] {
  return rules.groups.flatMap((group) => group.rules.map((rule) => ({ origin: `${path} ${group.name}/${rule.alert ?? rule.record}`, promql: rule.expr })));
}

function panelsOf(panels: DashboardPanel[]): DashboardPanel[] {
  return panels.flatMap((panel) => [panel, ...panelsOf(panel.panels ?? [])]);
}

export function dashboardExpressions(path: string, dashboard: Dashboard): Expression[] {
  return panelsOf(dashboard.panels).flatMap((panel) =>
    (panel.targets ?? []).flatMap((target) => (target.expr ? [{ origin: `${path} panel "${panel.title}"`, promql: target.expr }] : [])),
  );
}

/**
 * Grafana's template variables: `label_values(metric, label)` is Grafana's, not PromQL; its metric (a
 * selector) is. Dashboard variables such as `$service` become a regular expression in the selectors.
 */
export function variableExpressions(path: string, dashboard: Dashboard): Expression[] {
  return (dashboard.templating?.list ?? []).flatMap((variable) => {
    const query = typeof variable.query === 'string' ? variable.query : variable.query?.query;
    const labelValues = query ? /^label_values\((.+),\s*\w+\)$/.exec(query) : null;
    return labelValues ? [{ origin: `${path} variable $${variable.name}`, promql: labelValues[1]! }] : [];
  });
}

/** Grafana's `$variable` and `$__interval` forms, replaced by what Prometheus would receive. */
export function withGrafanaVariables(promql: string): string {
  return promql.replace(/\$__(rate_)?interval/g, '5m').replace(/\$\{?\w+\}?/g, '.*');
}

/** The syntax errors of an expression (empty: it parses), from Prometheus's own Lezer grammar of PromQL. */
export function promqlErrors(promql: string): string[] {
  const errors: string[] = [];
  const cursor = parser.parse(promql).cursor();
  do {
    if (cursor.type.isError) errors.push(`syntax error at ${cursor.from}: «${promql.slice(Math.max(0, cursor.from - 20), cursor.to + 20)}»`);
  } while (cursor.next());
  return errors;
}

/** The metric names an expression selects (the names of its vector and range selectors). */
export function metricNames(promql: string): string[] {
  const names = new Set<string>();
  const cursor = parser.parse(promql).cursor();
  do {
    if (cursor.name === 'VectorSelector') {
      const selector = cursor.node;
      const identifier = selector.getChild('Identifier');
      if (identifier) names.add(promql.slice(identifier.from, identifier.to));
      else throw new Error(`a selector without a metric name: «${promql.slice(selector.from, selector.to)}»`);
    }
  } while (cursor.next());
  return [...names];
}

/** Every expression of the alert rules and the dashboards (panels and template variables). */
export function monitoringExpressions(root: string): Expression[] {
  return [
    ...ruleFiles(root).flatMap(({ path, text }) => ruleExpressions(path, parseRules(path, text))),
    ...dashboardFiles(root).flatMap(({ path, dashboard }) => [...dashboardExpressions(path, dashboard), ...variableExpressions(path, dashboard)]),
  ].map((expression) => ({ ...expression, promql: withGrafanaVariables(expression.promql) }));
}

/**
 * The series names a `/metrics` text serves: each `# TYPE` family, with `_bucket`, `_sum` and `_count` for a
 * histogram (and `_sum`, `_count` for a summary). A family with no sample yet (a histogram nobody observed)
 * still has its `# TYPE` line, so the names do not depend on what the process happened to do.
 */
export function exposedSeriesNames(metricsText: string): Set<string> {
  const names = new Set<string>();
  for (const line of metricsText.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) {
      const [, family, kind] = type;
      names.add(family!);
      if (kind === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${family}${suffix}`);
      if (kind === 'summary') for (const suffix of ['_sum', '_count']) names.add(`${family}${suffix}`);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]/.exec(line);
    if (sample) names.add(sample[1]!);
  }
  return names;
}

/** Metric names used by the expressions that no process serves and Prometheus does not make: each with where it is used. */
export function unknownMetrics(expressions: readonly Expression[], served: ReadonlySet<string>): string[] {
  return expressions.flatMap(({ origin, promql }) =>
    metricNames(promql)
      .filter((name) => !served.has(name) && !PROMETHEUS_SERIES.has(name))
      .map((name) => `${name} (${origin})`),
  );
}
