import { build } from 'esbuild'
const r = await build({ stdin:{contents:process.argv[2], resolveDir:process.cwd(), loader:'js'}, bundle:true, minify:false, minifySyntax:true, format:'esm', target:'es2020', write:false, external:['react','react-dom','react/jsx-runtime'], define:{'process.env.NODE_ENV':'"production"'}, logLevel:'silent', conditions:['source']})
console.log(r.outputFiles[0].text)
