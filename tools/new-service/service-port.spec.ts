import { servicePort } from './service-port';

describe('a new service port', () => {
  it('is the one after the highest port in use, the gateway included', () => {
    expect(servicePort([4001, 4003, 4002])).toBe(4004);
    expect(servicePort([])).toBe(4001);
  });

  it('is the one asked for when it is free, and refuses a taken or impossible one', () => {
    expect(servicePort([4001], 4100)).toBe(4100);
    expect(() => servicePort([4001], 4001)).toThrow('Port 4001 is taken');
    expect(() => servicePort([4001], 4000)).toThrow('Port 4000 is taken');
    expect(() => servicePort([4001], 80)).toThrow('a port from 1024 to 65535 expected');
    expect(() => servicePort([4001], Number.NaN)).toThrow('a port from 1024 to 65535 expected');
  });
});
