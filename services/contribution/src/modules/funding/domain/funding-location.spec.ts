import { fundedLocationFits, NATIONAL, placesFit, type Place } from './funding-location';

const region: Place = { id: 'R1', parentId: null };
const district: Place = { id: 'D11', parentId: 'R1' };
const otherRegion: Place = { id: 'R2', parentId: null };
const otherDistrict: Place = { id: 'D21', parentId: 'R2' };

describe('funding location fit (§4)', () => {
  it('fits a national product or a national payer to anything', () => {
    for (const place of [region, district, NATIONAL]) {
      expect(placesFit(NATIONAL, place)).toBe(true);
      expect(placesFit(place, NATIONAL)).toBe(true);
    }
  });

  it('fits the same location and a region with its own districts, both ways', () => {
    expect(placesFit(district, district)).toBe(true);
    expect(placesFit(region, district)).toBe(true);
    expect(placesFit(district, region)).toBe(true);
  });

  it('refuses another region, another region’s district, and a sibling district', () => {
    expect(placesFit(region, otherRegion)).toBe(false);
    expect(placesFit(region, otherDistrict)).toBe(false);
    expect(placesFit(district, otherDistrict)).toBe(false);
    expect(placesFit(district, { id: 'D12', parentId: 'R1' })).toBe(false);
  });

  it('funds the product’s own location or one of its districts, any when the product is national', () => {
    expect(fundedLocationFits(region, district)).toBe(true);
    expect(fundedLocationFits(region, region)).toBe(true);
    expect(fundedLocationFits(district, region)).toBe(false);
    expect(fundedLocationFits(region, otherDistrict)).toBe(false);
    expect(fundedLocationFits(NATIONAL, otherDistrict)).toBe(true);
  });
});
