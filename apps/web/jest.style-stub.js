// Style sheets in web unit tests: CSS modules read as their class names (`classes.main` → 'main'), plain sheets ignored.
module.exports = new Proxy({}, { get: (_target, name) => (name === '__esModule' ? false : String(name)) });
