#!/usr/bin/env node
import('../dist/cli/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('bau-cu: chưa biên dịch — hãy chạy "npm install" (hoặc "npm run build") trong thư mục dự án.\n');
    process.exitCode = 1;
    return;
  }
  throw error;
});
