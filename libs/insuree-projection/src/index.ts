// The insurees and families other services need, projected from insuree events (filled in by the domain-platform work)
export {};
