import { readFileSync } from 'fs';
import { join } from 'path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT, SUBGRAPHS } from '@imis/deployment';
import { environmentOf, mountsOf, parseCompose } from '../compose/compose-model';
import {
  dashboardExpressions,
  dashboardFiles,
  exposedSeriesNames,
  metricNames,
  monitoringExpressions,
  parseRules,
  promqlErrors,
  ruleFiles,
  unknownMetrics,
  withGrafanaVariables,
} from '../../e2e/support/monitoring-files';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const yamlOf = <T>(path: string) => parseYaml(read(path), { strict: true, uniqueKeys: true }) as T;

interface ScrapeConfig {
  job_name: string;
  dns_sd_configs?: { names: string[]; type: string; port: number }[];
}

const compose = parseCompose(read('deploy/docker-compose.yml'));
const mountTarget = (service: string, source: string) => mountsOf(compose.services[service]!).find((mount) => mount.source === source)?.target;

describe('deploy/monitoring', () => {
  const expressions = monitoringExpressions(REPO_ROOT);

  it('has alert rules and dashboard panels, every expression valid PromQL', () => {
    expect(expressions.length).toBeGreaterThan(40);
    const invalid = expressions.flatMap(({ origin, promql }) => promqlErrors(promql).map((error) => `${origin}: ${error}`));
    expect(invalid).toEqual([]);
  });

  it('gives every alert a unique name, a severity, a summary and valid durations', () => {
    const names: string[] = [];
    for (const { path, text } of ruleFiles(REPO_ROOT)) {
      for (const group of parseRules(path, text).groups) {
        for (const rule of group.rules as { alert: string; expr: string; for?: string; labels?: Record<string, string>; annotations?: Record<string, string> }[]) {
          names.push(rule.alert);
          expect({ alert: rule.alert, severity: rule.labels?.severity }).toEqual({ alert: expect.stringMatching(/^Imis[A-Z]\w+$/), severity: expect.stringMatching(/^(critical|warning)$/) });
          expect(rule.annotations?.summary).toEqual(expect.any(String));
          if (rule.for !== undefined) expect(rule.for).toMatch(/^\d+[smh]$/);
        }
      }
    }
    expect(names.length).toBeGreaterThan(15);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads the dashboards from the provisioned data source, with unique panel ids', () => {
    const datasources = yamlOf<{ datasources: { uid: string; url: string }[] }>('deploy/monitoring/grafana/provisioning/datasources/prometheus.yml').datasources;
    expect(datasources).toEqual([expect.objectContaining({ uid: 'imis-prometheus', url: 'http://prometheus:9090' })]);
    for (const { path, dashboard } of dashboardFiles(REPO_ROOT)) {
      const panels = dashboard.panels as { id: number; type: string; datasource?: { uid: string }; targets?: { datasource?: { uid: string } }[] }[];
      expect(new Set(panels.map((panel) => panel.id)).size).toBe(panels.length);
      const elsewhere = panels.filter((panel) => panel.type !== 'row').filter((panel) => panel.datasource?.uid !== 'imis-prometheus' || panel.targets?.some((target) => target.datasource?.uid !== 'imis-prometheus'));
      expect({ path, elsewhere }).toEqual({ path, elsewhere: [] });
      expect(dashboardExpressions(path, dashboard).length).toBeGreaterThan(20);
    }
  });

  it('is mounted where the compose profile monitoring’s Prometheus and Grafana read it', () => {
    const prometheus = compose.services.prometheus!;
    const grafana = compose.services.grafana!;
    expect(prometheus.profiles).toEqual(['monitoring']);
    expect(grafana.profiles).toEqual(['monitoring']);
    for (const image of [prometheus.image, grafana.image]) expect(image).toMatch(/:v?\d+\.\d+\.\d+$/);
    expect(mountTarget('prometheus', './monitoring/prometheus/prometheus.yml')).toBe('/etc/prometheus/prometheus.yml');
    const config = yamlOf<{ rule_files: string[] }>('deploy/monitoring/prometheus/prometheus.yml');
    expect(config.rule_files).toEqual([`${mountTarget('prometheus', './monitoring/prometheus/rules')}/*.yml`]);
    const provider = yamlOf<{ providers: { options: { path: string } }[] }>('deploy/monitoring/grafana/provisioning/dashboards/imis.yml').providers[0]!;
    expect(mountTarget('grafana', './monitoring/grafana/dashboards')).toBe(provider.options.path);
    expect(mountTarget('grafana', './monitoring/grafana/provisioning')).toBe('/etc/grafana/provisioning');
    expect(environmentOf(grafana).GF_SECURITY_ADMIN_PASSWORD__FILE).toMatch(/^\/run\/secrets\//);
  });

  it('scrapes every service, every worker and the gateway’s metrics listener of the compose file', () => {
    const jobs = yamlOf<{ scrape_configs: ScrapeConfig[] }>('deploy/monitoring/prometheus/prometheus.yml').scrape_configs;
    const targets = (job: string) => (jobs.find((config) => config.job_name === job)?.dns_sd_configs ?? []).flatMap((sd) => sd.names.map((name) => `${name}:${sd.port}`)).sort();
    expect(targets('api')).toEqual(SUBGRAPHS.map((service) => `${service.name}:${service.port}`).sort());
    expect(targets('worker')).toEqual(SUBGRAPHS.filter((service) => service.worker).map((service) => `${service.name}-worker:${service.port}`).sort());
    const gateway = environmentOf(compose.services.gateway!);
    expect(gateway.GATEWAY_METRICS_HOST).toBe('0.0.0.0');
    expect(targets('gateway')).toEqual([`gateway:${gateway.GATEWAY_METRICS_PORT}`]);
  });

  it('scrapes the Kubernetes pods under the job names the rules select on', () => {
    const [job] = yamlOf<{ scrape_configs: { relabel_configs: { source_labels?: string[]; regex?: string; action?: string; target_label?: string }[] }[] }>(
      'deploy/monitoring/prometheus/kubernetes-scrape.yml',
    ).scrape_configs;
    const component = '__meta_kubernetes_pod_label_app_kubernetes_io_component';
    const components = new Set([...read('deploy/kubernetes/gateway.yaml').matchAll(/app\.kubernetes\.io\/component: (\w+)/g), ...SUBGRAPHS.flatMap((service) => [...read(`deploy/kubernetes/${service.name}.yaml`).matchAll(/app\.kubernetes\.io\/component: (\w+)/g)])].map((match) => match[1]));
    expect([...components]).toEqual(expect.arrayContaining(['api', 'worker', 'gateway']));
    expect(job!.relabel_configs).toContainEqual({ source_labels: [component], regex: 'api|worker|gateway', action: 'keep' });
    expect(job!.relabel_configs).toContainEqual({ source_labels: [component], target_label: 'job' });
    const rules = read('deploy/monitoring/prometheus/rules/imis-alerts.yml');
    expect(rules).toContain('job=~"api|worker|gateway"');
  });
});

describe('monitoring checks', () => {
  it('find syntax errors and the metric names of selectors', () => {
    expect(promqlErrors('sum(rate(job_finished_total[5m])) by')).not.toEqual([]);
    expect(promqlErrors('rat(job_finished_total[5m])')).not.toEqual([]);
    expect(promqlErrors('histogram_quantile(0.95, sum by (le) (rate(job_wait_seconds_bucket[5m]))) > 1 and on() up == 0')).toEqual([]);
    expect(metricNames('sum(rate(a_total{x="y"}[5m])) / on (s) b_bucket > 400 * 1024 or up').sort()).toEqual(['a_total', 'b_bucket', 'up']);
    expect(withGrafanaVariables('rate(a{service=~"$service"}[$__rate_interval])')).toBe('rate(a{service=~".*"}[5m])');
  });

  it('take the names a process serves from its exposition, histogram and summary series included', () => {
    const text = [
      '# HELP job_wait_seconds Wait', '# TYPE job_wait_seconds histogram',
      '# TYPE imis_outbox_backlog gauge', 'imis_outbox_backlog{service="claim"} 0',
      '# TYPE login_seconds summary', '# TYPE job_finished_total counter', '',
    ].join('\n');
    const served = exposedSeriesNames(text);
    expect([...served].sort()).toEqual(
      ['imis_outbox_backlog', 'job_finished_total', 'job_wait_seconds', 'job_wait_seconds_bucket', 'job_wait_seconds_count', 'job_wait_seconds_sum', 'login_seconds', 'login_seconds_count', 'login_seconds_sum'].sort(),
    );
    const expressions = [{ origin: 'rule X', promql: 'rate(job_wait_seconds_bucket[5m]) + job_finshed_total + up' }];
    expect(unknownMetrics(expressions, served)).toEqual(['job_finshed_total (rule X)']);
  });
});
