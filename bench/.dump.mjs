import { build } from 'esbuild'
const src = process.argv[2]
const r = await build({ stdin:{contents:src, resolveDir:process.cwd(), loader:'js'}, bundle:true, minify:true, format:'esm', platform:'browser', target:'es2020', write:false, metafile:true, external:['react','react-dom','react/jsx-runtime'], define:{'process.env.NODE_ENV':'"production"'}, logLevel:'silent'})
const out = r.outputFiles[0].text
const zlib = await import('node:zlib')
console.error('gzip', zlib.gzipSync(out,{level:9}).length, 'min', out.length)
const ins = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs
for (const [f,v] of Object.entries(ins).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.error(v.bytesInOutput, f)
console.log(out)
