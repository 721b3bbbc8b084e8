/* Builds the browser harness (src/harness): the task pane on the strict Excel fake, no Office.js. */
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { parts } = require('./webpack.config');

module.exports = (_env = {}, argv = {}) => ({
  // Development mode by default: the harness is a test tool, and skipping minification keeps the build quick.
  mode: argv.mode || 'development',
  devtool: false,
  target: 'web',
  entry: { harness: './src/harness/harness-main.tsx' },
  output: { path: path.resolve(__dirname, 'dist/harness'), filename: '[name].js', clean: true },
  resolve: {
    extensions: ['.tsx', '.ts', '.js', '.json'],
    // The file adapter's path-based opener is never called in the browser; these keep webpack from looking for Node's modules.
    fallback: { fs: false, 'fs/promises': false, path: false, os: false, stream: false, crypto: false },
  },
  module: {
    // The add-in's own TypeScript rule (ES modules, so Fluent UI and its icons tree-shake the same way).
    rules: [parts.typescriptRule],
  },
  plugins: [
    new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
      resource.request = resource.request.replace(/^node:/, '');
    }),
    new HtmlWebpackPlugin({ template: './src/harness/harness.html', filename: 'index.html', chunks: ['harness'] }),
  ],
  performance: { hints: false },
  stats: 'errors-warnings',
});
