/**
 * Test helper: reads the quiz data straight from content/quizzes with the
 * same schemas the content collections use in the build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { checkKnowledgeFile, selfAssessmentSchema, type KnowledgeQuestion, type SelfAssessment } from '../../src/lib/quiz/schema.ts';

const dir = resolve(import.meta.dirname, '../../content/quizzes');

export function knowledgeQuestions(): KnowledgeQuestion[] {
  const { questions, errors } = checkKnowledgeFile(parse(readFileSync(`${dir}/knowledge.yaml`, 'utf8')), 'content/quizzes/knowledge.yaml');
  if (errors.length) throw new Error(errors.join('\n'));
  return questions;
}

export function selfAssessment(): SelfAssessment {
  return selfAssessmentSchema.parse(parse(readFileSync(`${dir}/self-assessment.yaml`, 'utf8')));
}
