// The peer's page script, bundled by esbuild at bench time (bench/app/peer.mjs) into build/bench/peer/.
import { createTextAnnotator } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';

window.createTextAnnotator = createTextAnnotator;
