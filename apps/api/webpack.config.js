const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api') },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Worker threads that render certificate PDFs off the event loop (CertificateRenderer).
      additionalEntryPoints: [{ entryName: 'certificate-renderer', entryPath: './src/certificate-renderer.ts' }],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      externalDependencies: 'all',
      sourceMap: true,
      // The official NRW municipality list a fresh installation loads.
      assets: [{ input: 'libs/api/catalogue/src/lib/data', glob: '*.csv', output: 'data' }],
    }),
  ],
};
