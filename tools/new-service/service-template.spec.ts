import { renderPath, renderText } from './service-template';

const values = { name: 'claim-review', Name: 'ClaimReview', port: '4004' };

describe('service templates', () => {
  it('replaces every placeholder of a text and refuses an unknown one', () => {
    expect(renderText('export class {{Name}}Module {} // {{name}} on {{port}}', values)).toBe('export class ClaimReviewModule {} // claim-review on 4004');
    expect(() => renderText('{{Nmae}}', values)).toThrow('Unknown placeholder {{Nmae}}');
  });

  it('names the file after the service, without the template suffix', () => {
    expect(renderPath('src/config/__name__-orm.config.ts.tmpl', values)).toBe('src/config/claim-review-orm.config.ts');
    expect(() => renderPath('src/main.ts', values)).toThrow('templates end with .tmpl');
    expect(() => renderPath('src/__service__.ts.tmpl', values)).toThrow('Unknown placeholder __service__');
  });
});
