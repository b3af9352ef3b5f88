// The project's own ESLint rules, as a local plugin named `imis`.
module.exports = { rules: { 'module-imports': require('./module-imports') } };
