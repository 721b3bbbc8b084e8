/*
 * Builds the Excel add-in: the task pane and the ribbon's function file, plus assets and the manifest.
 *
 *   npm run build        production bundles in dist/ (offline, no certificates). dist/manifest.xml has
 *                        https://localhost:3000/ replaced by ADDIN_URL (e.g. ADDIN_URL=https://addins.example.org/scorecard/).
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs' trusted localhost certificate.
 *
 * Exported as a function of (env, argv), with its pieces on `module.exports.parts`, so another
 * config (the harness) can reuse the TypeScript rule or add an entry:
 *   const { parts } = require('./webpack.config');  parts.entry('name', './src/x.ts', template)
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/** The add-in's base URL for a production manifest: ADDIN_URL (env var or --env addinUrl=...), ending in '/'. */
function addinUrl(env = {}) {
  const url = env.addinUrl || process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https URL, got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node' } } },
};

/** An HTML page for an entry; a minimal template when the page's own template is not there yet. */
function page(chunk, filename, template) {
  const options = { filename, chunks: [chunk] };
  if (template && fs.existsSync(path.resolve(__dirname, template))) return new HtmlWebpackPlugin({ ...options, template });
  return new HtmlWebpackPlugin({
    ...options,
    title: 'Scorecard Rater',
    templateContent: ({ htmlWebpackPlugin }) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scorecard Rater</title>` +
      `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>${htmlWebpackPlugin.tags.headTags}</head>` +
      `<body><div id="root"></div>${htmlWebpackPlugin.tags.bodyTags}</body></html>`,
  });
}

/** The manifest for a base URL: every dev URL replaced; the app domain is the base URL's origin. */
function manifestFor(xml, baseUrl) {
  return xml.split(DEV_URL).join(baseUrl).split(DEV_URL.replace(/\/$/, '')).join(new URL(baseUrl).origin);
}

const parts = { DEV_URL, addinUrl, typescriptRule, page, manifestFor };

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = production ? addinUrl(env) : DEV_URL;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    target: 'web',
    entry: {
      taskpane: './src/entries/taskpane.tsx',
      commands: './src/commands/commands.ts',
    },
    // dist/harness belongs to the harness build (webpack.harness.js); leave it alone.
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: { keep: /^harness\// } },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    // Office.js is the CDN <script> in each page, as Microsoft requires; never bundled.
    externals: { 'office-js': 'Office' },
    module: { rules: [typescriptRule] },
    plugins: [
      page('taskpane', 'taskpane.html', './src/taskpane/taskpane.html'),
      page('commands', 'commands.html', './src/commands/commands.html'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/commands/message.html', to: 'message.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestFor(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
    devServer: {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist'), watch: false },
      // Only the dev server asks office-addin-dev-certs for its trusted localhost certificate (installing it once if needed); builds need none.
      server: { type: 'https', options: env.WEBPACK_SERVE ? await require('office-addin-dev-certs').getHttpsServerOptions() : undefined },
    },
  };
};

module.exports.parts = parts;
