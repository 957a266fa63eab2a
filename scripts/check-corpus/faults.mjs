export function plantedDocuments() { return []; }
