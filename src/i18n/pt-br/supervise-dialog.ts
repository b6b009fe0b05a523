import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogPtBr = {
  'superviseDialog.title': ({ name }) => `Supervisionar o autoatendimento de ${name}`,
  'superviseDialog.intro': ({ name }) =>
    `Você verá o autoatendimento de ${name} como a pessoa o vê, para mostrar como fazer algo.`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `A sessão dura no máximo ${t.number(minutes)} minutos e é registrada no registro de auditoria com o seu motivo. ` +
    'Durante a supervisão não é possível alterar a senha, o e-mail ou a autenticação de dois fatores, nem excluir a conta.',
  'superviseDialog.reason': 'Motivo',
  'superviseDialog.reasonHint': 'Obrigatório. Registrado com a sessão, para o usuário e para auditorias.',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': 'Informe um motivo: ele é registrado com a sessão.',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `O motivo é longo demais: no máximo ${t.number(max)} caracteres.`,
  'superviseDialog.start': 'Iniciar a supervisão',
  'superviseDialog.starting': 'Iniciando…',
  'superviseDialog.cancel': 'Cancelar',
  'superviseDialog.close': 'Fechar',
  'superviseDialog.refusal.self': 'Você não pode supervisionar a sua própria conta.',
  'superviseDialog.refusal.admin': 'Administradores não podem ser supervisionados.',
  'superviseDialog.refusal.banned': 'Este usuário está banido: uma conta banida não pode ser supervisionada.',
  'superviseDialog.refusal.closed': 'Esta conta está encerrada: uma conta encerrada não pode ser supervisionada.',
  'superviseDialog.refusal.not_activated': 'Este usuário ainda não ativou a conta: somente uma conta ativa pode ser supervisionada.',
  'superviseDialog.refusal.inactive': 'Esta conta está desativada: somente uma conta ativa pode ser supervisionada.',
  'superviseDialog.refusal.already_supervising':
    'Você já está supervisionando um usuário (talvez em outra aba). Encerre essa sessão primeiro; ela termina sozinha em no máximo 30 minutos.',
  'superviseDialog.endOpenSession': 'Encerrar essa sessão e iniciar esta',
  'superviseDialog.refusal.nested': 'Você está em supervisão: não é possível iniciar uma supervisão dentro de outra.',
  'superviseDialog.error.forbidden': 'O seu papel não permite supervisionar usuários.',
  'superviseDialog.error.notFound': 'Este usuário não está mais ao seu alcance (excluído ou movido para fora do seu escopo).',
  'superviseDialog.error.failed': 'Não foi possível iniciar a supervisão.',
  'superviseDialog.error.unknownOutcome':
    'O servidor não respondeu a tempo: a sessão pode ter começado. Se aparecer “já está supervisionando”, ela termina sozinha em até 30 minutos.',
} satisfies CatalogueOf<typeof superviseDialogEn>;
